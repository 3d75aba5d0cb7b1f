/** Suunnitelmani and Allekirjoita: the plan in plain words, its PDF, and signing the exact version shown. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../lib/api';
import { clientApi, planPdfHref } from './api';
import { clientDateTime } from './language';
import { useLoad } from './useLoad';

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function MyPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: plan, error, reload } = useLoad(() => clientApi.plan(id), id);
  const [problem, setProblem] = useState<string | null>(null);
  if (error) return <p role="alert">{t('client.plan.none')}</p>;
  if (!plan) return null;
  const referrer = plan.referrer ?? {};
  const team = plan.team ?? {};
  const subGoals = Array.isArray(team.subGoals) ? (team.subGoals as Record<string, unknown>[]) : [];
  const schedule = Array.isArray(team.schedule) ? (team.schedule as Record<string, unknown>[]) : [];
  const sign = async () => {
    setProblem(null);
    try {
      await clientApi.sign(id, plan.documentHash);
      reload();
    } catch (err) {
      setProblem(err instanceof ApiError && err.status === 409 ? t('client.plan.changed') : t('client.saveError'));
      reload();
    }
  };
  return (
    <section>
      <h1>{t('client.plan.title')}</h1>
      <article className="client-card">
        <h2>{t('client.plan.myGoal')}</h2>
        <p>{text(team.mainGoal) ?? text(referrer.clientGoal) ?? t('client.plan.notYet')}</p>
        {subGoals.length > 0 && (
          <>
            <h2>{t('client.plan.steps')}</h2>
            <ul>
              {subGoals.map((g, i) => (
                <li key={i}>
                  {text(g.goal)}
                  {text(g.deadline) && (
                    <span className="client-muted">
                      {' '}
                      ({t('client.path.expectedBy', { date: clientDateTime(text(g.deadline), false) })})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {text(team.services) && (
          <>
            <h2>{t('client.plan.services')}</h2>
            <p>{text(team.services)}</p>
          </>
        )}
        {schedule.length > 0 && (
          <>
            <h2>{t('client.plan.whoDoesWhat')}</h2>
            <ul>
              {schedule.map((s, i) => (
                <li key={i}>
                  {text(s.implementation)} {text(s.roles) && `– ${text(s.roles)}`}{' '}
                  {text(s.followUpDate) && (
                    <span className="client-muted">
                      ({t('client.plan.followUp', { date: clientDateTime(text(s.followUpDate), false) })})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {plan.pdfAvailable ? (
          <a className="client-button client-button-secondary" href={planPdfHref(id)} download>
            {t('client.plan.pdf')}
          </a>
        ) : (
          <p className="client-muted">{t('client.plan.pdfLater')}</p>
        )}
      </article>
      <article className="client-card">
        <h2>{t('client.sign.title')}</h2>
        {plan.signedAt ? (
          <p className="client-ok" role="status">
            {t('client.sign.signed', { date: clientDateTime(plan.signedAt) })}
          </p>
        ) : (
          <>
            {plan.signedEarlierVersion && <p className="client-alert">{t('client.sign.changedSince')}</p>}
            <p>{t('client.sign.intro')}</p>
            <button type="button" className="client-button" onClick={() => void sign()}>
              {t('client.sign.button')}
            </button>
          </>
        )}
        {problem && (
          <p className="client-alert" role="alert">
            {problem}
          </p>
        )}
      </article>
    </section>
  );
}
