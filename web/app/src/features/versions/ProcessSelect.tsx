/** Choosing a process by its key among the deployed ones. */
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../lib/types';
import { processName } from '../../lib/processName';

export function ProcessSelect({ processes, value, onChange }: { processes: Definition[]; value: string; onChange: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field-inline">
      <span>{t('versions.process')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {processes.map((d) => (
          <option key={d.processKey} value={d.processKey}>
            {processName(t, d.processKey, d.name || d.processKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
