/** The path's earlier forms beside the task, read-only, as far as the worker may see them. */
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { CompletedForms } from '../../components/CompletedForms';
import { usePathForms } from './api';

export function EarlierForms({ instanceId, currentTaskId }: { instanceId: string; currentTaskId: string }) {
  const { t } = useTranslation();
  const forms = usePathForms(instanceId);
  const items = (forms.data?.items ?? []).filter((f) => f.taskId !== currentTaskId && f.data);
  return (
    <aside className="task-side" aria-labelledby="earlier-forms">
      <Heading variant="h2" id="earlier-forms">
        {t('task.earlierForms')}
      </Heading>
      {forms.error && <p className="muted">{t('task.earlierFormsHidden')}</p>}
      {forms.data && items.length === 0 && <p className="muted">{t('task.noEarlierForms')}</p>}
      <CompletedForms forms={items} />
    </aside>
  );
}
