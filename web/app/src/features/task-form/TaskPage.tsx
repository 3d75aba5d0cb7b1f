/**
 * One task: its form rendered by RJSF with the Suomi.fi theme, the draft saved as the worker types,
 * the server's field errors shown at the fields, 409 explained; beside it the path's earlier forms.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { computeChecklistTotals } from '../../../../../forms/checklistTotals';
import { ErrorMessage, LateBadge, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { formatDateTime, formatTime, isLate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { useAuth } from '../auth/AuthContext';
import { claim, completeTask, useDraft, useEarlierForms, useTask } from './api';
import { EarlierForms } from './EarlierForms';
import { prefillTask } from './prefillFor';
import { toErrorSchema } from './serverErrors';
import { ThemedForm } from './theme';
import { useAutosave, type SaveState } from './useAutosave';
import { formTitle, localizedUiSchema } from './localizedUi';
import { rjsfTranslator } from './translateString';
import { atTheirFields, validatorFor } from './validator';
import { processName } from '../../lib/processName';

type Data = Record<string, unknown>;

/** Computed fields the form shows live (the server recomputes them too). */
function withComputed(formKey: string | null, data: Data): Data {
  return formKey === 'checklist' ? { ...data, ...computeChecklistTotals(data) } : data;
}

export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'fi') as Language;
  const navigate = useNavigate();
  const { user } = useAuth();
  const task = useTask(taskId);
  const open = task.data?.state === 'open';
  const draft = useDraft(open ? taskId : null);
  const autosave = useAutosave(taskId, open);
  const [edited, setEdited] = useState<Data | null>(null);
  const [serverErrors, setServerErrors] = useState<ErrorSchema | undefined>(undefined);
  const [notice, setNotice] = useState<{ status: 'error' | 'warning'; text: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Before the claim the path is not the worker's to read (the server says pathVisible: false): ask for nothing.
  const pathHidden = task.data?.pathVisible === false;
  const earlier = useEarlierForms(task.data && !pathHidden ? taskId : null);

  // The input shown: what the worker has typed here, else their draft, else what the task already
  // holds with the fields earlier forms and the worker's account answer prefilled (an open task only).
  const draftReady = !open || !!draft.data || !!draft.error;
  const earlierReady = !open || pathHidden || !!earlier.data || !!earlier.error;
  const start = useMemo(() => {
    if (!task.data || !draftReady || !earlierReady) return null;
    const own = draft.data?.data ?? null;
    if (!open || own) return { data: withComputed(task.data.formKey, own ?? task.data.data ?? {}), prefilled: {} };
    const filled = prefillTask(task.data.formKey, task.data.data ?? {}, earlier.data, user);
    return { data: withComputed(task.data.formKey, filled.data), prefilled: filled.prefilled };
  }, [task.data, draft.data, draftReady, earlierReady, earlier.data, open, user]);
  const initial = start?.data ?? null;
  const data = edited ?? initial;

  const form = task.data?.form;
  const formKey = task.data?.formKey ?? null;
  const validator = useMemo(
    () => (form && formKey ? validatorFor(formKey, form.schema as RJSFSchema, language) : null),
    [form, formKey, language],
  );
  const uiSchema = useMemo(
    () => (form && formKey ? localizedUiSchema(formKey, form.uiSchema as UiSchema, language) : {}),
    [form, formKey, language],
  );

  if (task.error) return <ErrorMessage error={task.error} />;
  if (!task.data || data === null || !user) return <Loading />;
  const current = task.data;

  async function submit(formData: Data) {
    setSubmitting(true);
    setNotice(null);
    setServerErrors(undefined);
    try {
      // Completing removes the draft: a draft save racing it would only be refused.
      autosave.cancel();
      await completeTask(current.id, formData, current.version);
      navigate('/', { state: { notice: 'completed' } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        setServerErrors(toErrorSchema(err.details));
        autosave.schedule(formData);
        setNotice({ status: 'error', text: t('task.fixErrors') });
      } else if (err instanceof ApiError && err.status === 409) {
        navigate('/', { state: { notice: 'conflict' } });
      } else {
        autosave.schedule(formData);
        setNotice({ status: 'error', text: t(err instanceof ApiError && err.status === 0 ? 'common.networkError' : 'errors.general') });
      }
    } finally {
      setSubmitting(false);
    }
  }

  const late = open && isLate(current.expectedBy);
  return (
    <div className="task-layout">
      <section className="page task-main" aria-labelledby="task-title">
        <p className="breadcrumb">
          <Link to="/">{t('nav.inbox')}</Link> › {processName(t, current.processKey)}
        </p>
        <Heading variant="h1" id="task-title">
          {current.name ?? current.activityId}
        </Heading>
        <dl className="facts">
          <div>
            <dt>{t('task.client')}</dt>
            <dd className="mono">{current.clientRef ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('task.expectedBy')}</dt>
            <dd>
              {formatDateTime(current.expectedBy) || '–'} {late && <LateBadge />}
            </dd>
          </div>
          <div>
            <dt>{t('task.holder')}</dt>
            <dd>{current.assignee === user.id ? t('inbox.me') : current.assignee ? t('inbox.colleague') : t('inbox.nobody')}</dd>
          </div>
          <div>
            <dt>{t('task.path')}</dt>
            <dd>
              <Link to={`/polut/${current.processInstanceId}`}>{t('task.openPath')}</Link>
            </dd>
          </div>
        </dl>
        {!open && <InlineAlert status="neutral">{t('task.notOpen')}</InlineAlert>}
        {open && !current.assignee && (
          <div className="claim-row">
            <Button variant="secondary" onClick={() => void claim(current.id).then(task.reload, task.reload)}>
              {t('task.claim')}
            </Button>
          </div>
        )}
        {form && validator ? (
          <>
            {formTitle(current.formKey!, form.schema, language) !== current.name && (
              <Heading variant="h2" className="form-title">
                {formTitle(current.formKey!, form.schema, language)}
              </Heading>
            )}
            <ThemedForm
              schema={form.schema as RJSFSchema}
              uiSchema={uiSchema}
              validator={validator}
              formData={data}
              disabled={!open}
              noHtml5Validate
              transformErrors={atTheirFields}
              translateString={rjsfTranslator(t)}
              showErrorList={false}
              extraErrors={serverErrors}
              formContext={{ taskId, prefilled: start?.prefilled ?? {} }}
              onChange={(e) => {
                const next = withComputed(formKey, (e.formData ?? {}) as Data);
                setEdited(next);
                autosave.schedule(next);
              }}
              onSubmit={(e) => void submit(withComputed(formKey, (e.formData ?? {}) as Data))}
              onError={() => setNotice({ status: 'error', text: t('task.fixErrors') })}
            >
              {notice && (
                <div className="form-notice">
                  <InlineAlert status={notice.status} role="alert">
                    {notice.text}
                  </InlineAlert>
                </div>
              )}
              {open && (
                <div className="form-actions">
                  <Button type="submit" disabled={submitting}>
                    {t('task.complete')}
                  </Button>
                  <DraftStatus state={autosave.state} />
                </div>
              )}
            </ThemedForm>
          </>
        ) : (
          open && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void submit({});
              }}
            >
              {notice && <InlineAlert status={notice.status}>{notice.text}</InlineAlert>}
              <Button type="submit" disabled={submitting}>
                {t('task.complete')}
              </Button>
            </form>
          )
        )}
      </section>
      {pathHidden ? (
        <aside className="task-side" aria-labelledby="earlier-forms">
          <Heading variant="h2" id="earlier-forms">
            {t('task.earlierForms')}
          </Heading>
          <p className="muted">{t('task.earlierFormsAfterClaim')}</p>
        </aside>
      ) : (
        <EarlierForms forms={earlier} assignee={current.assignee} />
      )}
    </div>
  );
}

function DraftStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.status === 'saving'
      ? t('task.draftSaving')
      : state.status === 'saved'
        ? t('task.draftSaved', { time: formatTime(state.at) })
        : state.status === 'failed'
          ? t('task.draftFailed')
          : '';
  return (
    <span className={`draft-status${state.status === 'failed' ? ' draft-failed' : ''}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
