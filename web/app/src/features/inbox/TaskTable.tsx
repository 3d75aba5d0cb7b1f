/** The tasks as a table: name and process, client pseudonym, expected date (late marked in text), holder, actions. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LateBadge } from '../../components/Status';
import { formatDate, isLate } from '../../lib/format';
import type { Task, User } from '../../lib/types';
import { processName } from '../../lib/processName';

interface Props {
  tasks: Task[];
  me: User;
  busyId: string | null;
  onClaim: (task: Task) => void;
  onUnclaim: (task: Task) => void;
}

export function TaskTable({ tasks, me, busyId, onClaim, onUnclaim }: Props) {
  const { t } = useTranslation();
  return (
    <table className="data-table task-table">
      <caption className="visually-hidden">{t('inbox.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inbox.col.task')}</th>
          <th scope="col">{t('inbox.col.client')}</th>
          <th scope="col">{t('inbox.col.expectedBy')}</th>
          <th scope="col">{t('inbox.col.assignee')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('inbox.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const late = task.late ?? isLate(task.expectedBy);
          return (
            <tr key={task.id} className={late ? 'row-late' : undefined}>
              <td data-label={t('inbox.col.task')}>
                <Link to={`/tehtavat/${task.id}`} className="task-link">
                  {task.name ?? task.activityId}
                </Link>
                <div className="muted small">{processName(t, task.processKey)}</div>
              </td>
              <td className="mono" data-label={t('inbox.col.client')}>
                {task.clientRef ?? '–'}
              </td>
              <td data-label={t('inbox.col.expectedBy')}>
                {task.expectedBy ? formatDate(task.expectedBy) : '–'} {late && <LateBadge />}
              </td>
              <td data-label={t('inbox.col.assignee')}>
                {task.assignee === me.id ? t('inbox.me') : task.assignee ? t('inbox.colleague') : t('inbox.nobody')}
              </td>
              <td className="actions">
                {task.assignee === me.id ? (
                  <button type="button" className="button-secondary" disabled={busyId === task.id} onClick={() => onUnclaim(task)}>
                    {t('task.unclaim')}
                  </button>
                ) : !task.assignee ? (
                  <button type="button" className="button-secondary" disabled={busyId === task.id} onClick={() => onClaim(task)}>
                    {t('task.claim')}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
