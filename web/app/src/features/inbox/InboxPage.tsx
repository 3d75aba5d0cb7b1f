/** "Tehtävät": the open tasks of my roles, filtered and counted, sorted by expected date, refreshing by itself. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import type { Task } from '../../lib/types';
import { useAuth } from '../auth/AuthContext';
import { claimTask, unclaimTask, useDefinitions, useTaskCounts, useTasks, type InboxQuery } from './api';
import { InboxFilters } from './InboxFilters';
import { TaskTable } from './TaskTable';

export function InboxPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [q, setQ] = useState<InboxQuery>({ filter: 'all', processKey: '', clientRef: '' });
  const tasks = useTasks(q);
  const counts = useTaskCounts(q.processKey, q.clientRef);
  const definitions = useDefinitions();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const flash = (useLocation().state as { notice?: 'completed' | 'conflict' } | null)?.notice;

  async function act(task: Task, action: (id: string) => Promise<Task>) {
    setBusyId(task.id);
    setNotice(null);
    try {
      await action(task.id);
    } catch (err) {
      setNotice(err instanceof ApiError && err.status === 409 ? t('task.claimConflict') : t('errors.general'));
    } finally {
      setBusyId(null);
      tasks.reload();
      counts.reload();
    }
  }

  if (!user) return null;
  return (
    <section className="page">
      <Heading variant="h1">{t('inbox.title')}</Heading>
      <InboxFilters value={q} counts={counts.data} definitions={definitions.data ?? []} onChange={setQ} />
      {flash && (
        <InlineAlert status={flash === 'conflict' ? 'warning' : 'neutral'} role={flash === 'conflict' ? 'alert' : 'status'}>
          {t(flash === 'conflict' ? 'task.conflict' : 'task.completed')}
        </InlineAlert>
      )}
      {notice && (
        <InlineAlert status="warning" role="alert">
          {notice}
        </InlineAlert>
      )}
      {tasks.error && <ErrorMessage error={tasks.error} />}
      {tasks.loading && !tasks.data && <Loading />}
      {tasks.data && tasks.data.items.length === 0 && <p className="empty">{t(`inbox.empty.${q.filter}`)}</p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <TaskTable
          tasks={tasks.data.items}
          me={user}
          busyId={busyId}
          onClaim={(task) => void act(task, claimTask)}
          onUnclaim={(task) => void act(task, unclaimTask)}
        />
      )}
      {tasks.data?.nextCursor && (
        <button type="button" className="button-secondary" onClick={() => setQ({ ...q, cursor: tasks.data!.nextCursor! })}>
          {t('inbox.next')}
        </button>
      )}
      {q.cursor && (
        <button type="button" className="button-secondary" onClick={() => setQ({ ...q, cursor: undefined })}>
          {t('inbox.first')}
        </button>
      )}
    </section>
  );
}
