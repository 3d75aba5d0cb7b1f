/** The modeler's lint findings as a list under the toolbar: each element by its name, the message in the user's language; a click selects the element. */
import { useTranslation } from 'react-i18next';

export interface LintIssue {
  elementId: string;
  /** The element's name in the diagram, or null when it has none. */
  elementName: string | null;
  message: string;
  category: 'error' | 'warn' | string;
}

export function LintList({ issues, onSelect }: { issues: LintIssue[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  const errors = issues.filter((i) => i.category === 'error');
  const warnings = issues.filter((i) => i.category !== 'error');
  return (
    <details className="lint-list" open={errors.length > 0}>
      <summary>{t('modeler.lintListTitle', { count: issues.length })}</summary>
      <ul>
        {[...errors, ...warnings].map((i, n) => (
          <li key={n} className={i.category === 'error' ? 'lint-error' : 'lint-warn'}>
            <span className="badge">{i.category === 'error' ? t('modeler.lintError') : t('modeler.lintWarning')}</span>{' '}
            <button type="button" className="link-button" onClick={() => onSelect(i.elementId)}>
              {i.elementName ?? t('modeler.unnamedElement')}
            </button>
            : {i.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
