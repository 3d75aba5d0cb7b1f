/** After opening a file: a switch between its diagrams (pools, processes) and every import warning in words. */
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';

export function DiagramTabs({
  diagrams,
  active,
  onOpen,
}: {
  diagrams: { id: string; label: string }[];
  active: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (diagrams.length < 2) return null;
  return (
    <nav className="diagram-tabs" aria-label={t('modeler.diagramsLabel', { count: diagrams.length })}>
      {diagrams.map((d) => (
        <Button key={d.id} variant="secondary" aria-pressed={d.id === active} onClick={() => onOpen(d.id)}>
          {d.label}
        </Button>
      ))}
    </nav>
  );
}

export function ImportWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <InlineAlert status="warning" labelText={t('modeler.importWarningsTitle', { count: warnings.length })}>
      <ul className="import-warnings">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </InlineAlert>
  );
}
