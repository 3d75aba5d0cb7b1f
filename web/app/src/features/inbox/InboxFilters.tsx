/** The inbox filters: tabs with counts (mine, unassigned, all of my roles, late), process, client pseudonym. */
import { useTranslation } from 'react-i18next';
import type { Definition, TaskCounts } from '../../lib/types';
import type { InboxFilter, InboxQuery } from './api';
import { processName } from '../../lib/processName';

const FILTERS: InboxFilter[] = ['mine', 'unassigned', 'all', 'late'];
/** The server counts exactly up to this many; above it the count reads "1000+". */
const COUNT_CAP = 1000;

interface Props {
  value: InboxQuery;
  counts: TaskCounts | undefined;
  definitions: Definition[];
  onChange: (next: InboxQuery) => void;
}

export function InboxFilters({ value, counts, definitions, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="inbox-filters">
      <div className="filter-tabs" role="group" aria-label={t('inbox.filtersLabel')}>
        {FILTERS.map((filter) => (
          <button
            key={filter}
            type="button"
            className={`filter-tab${filter === 'late' ? ' filter-tab-late' : ''}`}
            aria-pressed={value.filter === filter}
            onClick={() => onChange({ ...value, filter, cursor: undefined })}
          >
            {t(`inbox.filter.${filter}`)}
            <span className="count" aria-label={t('inbox.countLabel', { count: counts?.[filter] ?? 0 })}>
              {counts ? (counts[filter] > COUNT_CAP ? `${COUNT_CAP}+` : counts[filter]) : '–'}
            </span>
          </button>
        ))}
      </div>
      <div className="filter-fields">
        <label className="field-inline">
          <span>{t('inbox.process')}</span>
          <select value={value.processKey} onChange={(e) => onChange({ ...value, processKey: e.target.value, cursor: undefined })}>
            <option value="">{t('inbox.allProcesses')}</option>
            {definitions.map((d) => (
              <option key={d.processKey} value={d.processKey}>
                {processName(t, d.processKey, d.name || d.processKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('inbox.client')}</span>
          <input
            type="search"
            value={value.clientRef}
            placeholder={t('inbox.clientPlaceholder')}
            onChange={(e) => onChange({ ...value, clientRef: e.target.value, cursor: undefined })}
          />
        </label>
      </div>
    </div>
  );
}
