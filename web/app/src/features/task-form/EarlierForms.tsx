/**
 * The path's earlier forms beside the task, read-only, as far as the worker may see them: the
 * task's own path and the paths that called it (the referral before the team's meeting). They are
 * asked again every few seconds and when the task changes hands, so a form completed meanwhile
 * (or made readable by claiming the task) shows without a reload.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { CompletedForms } from '../../components/CompletedForms';
import { processName } from '../../lib/processName';
import type { EarlierForms as EarlierFormsData } from '../../lib/types';
import type { ApiState } from '../../lib/useApi';

export function EarlierForms({ forms, assignee }: { forms: ApiState<EarlierFormsData>; assignee: string | null }) {
  const { t } = useTranslation();
  const { reload } = forms;
  // Claiming or releasing the task changes what the worker may read.
  useEffect(() => reload(), [assignee, reload]);
  const paths = (forms.data?.paths ?? []).map((p) => ({ ...p, items: p.items.filter((f) => f.data) }));
  const none = forms.data && paths.every((p) => p.items.length === 0);
  return (
    <aside className="task-side" aria-labelledby="earlier-forms">
      <Heading variant="h2" id="earlier-forms">
        {t('task.earlierForms')}
      </Heading>
      {forms.error && !forms.data && <p className="muted">{t('task.earlierFormsHidden')}</p>}
      {none && <p className="muted">{t('task.noEarlierForms')}</p>}
      {paths
        .filter((p) => p.items.length > 0)
        .map((p) => (
          <section key={p.processInstanceId}>
            {p.calling && <h3 className="earlier-path">{t('task.callingPathForms', { name: processName(t, p.processKey) })}</h3>}
            <CompletedForms forms={p.items} />
          </section>
        ))}
    </aside>
  );
}
