/** The path's open tasks that the user's roles may do, as links: after starting a path, its first task is one click away. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Timeline, User } from '../../lib/types';

export function OpenTasks({ timeline, instanceId, user }: { timeline: Timeline; instanceId: string; user: User }) {
  const { t } = useTranslation();
  const mine = timeline.tasks.filter(
    (task) => task.processInstanceId === instanceId && task.state === 'open' && task.role.some((r) => user.roles.includes(r)),
  );
  if (mine.length === 0) return null;
  return (
    <div className="open-tasks">
      <p className="sf-label">{t('path.yourTasks')}</p>
      <ul>
        {mine.map((task) => (
          <li key={task.id}>
            <Link to={`/tehtavat/${task.id}`}>{task.name ?? task.activityId}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
