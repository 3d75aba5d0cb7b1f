/**
 * Deploying asks first: the lint result (errors the server will refuse, warnings it will not), a
 * change note that the version list shows, and a confirmation. Escape or "Peruuta" closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import type { LintIssue } from './LintList';

export function DeployDialog({
  processLabel,
  issues,
  onConfirm,
  onCancel,
}: {
  processLabel: string;
  issues: LintIssue[];
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = issues.filter((i) => i.category === 'error');
  const warnings = issues.length - errors.length;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  function confirm() {
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(note.trim());
  }

  return (
    <dialog
      ref={dialog}
      className="deploy-dialog"
      aria-labelledby="deploy-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="deploy-dialog-title">{t('modeler.deployDialog.title', { process: processLabel })}</h2>
      <p className={errors.length ? 'deploy-lint deploy-lint-errors' : 'deploy-lint'} role="status">
        {errors.length
          ? t('modeler.deployDialog.lintErrors', { count: errors.length })
          : warnings
            ? t('modeler.deployDialog.lintWarnings', { count: warnings })
            : t('modeler.deployDialog.lintOk')}
      </p>
      {!!errors.length && (
        <ul className="deploy-details">
          {errors.map((i, n) => (
            <li key={n}>
              {i.elementName ?? t('modeler.unnamedElement')}: {i.message}
            </li>
          ))}
        </ul>
      )}
      <Textarea
        labelText={t('modeler.deployDialog.note')}
        hintText={t('modeler.deployDialog.noteHint')}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setMissing(false);
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('modeler.deployDialog.noteMissing') : undefined}
        fullWidth
        autoFocus
      />
      <div className="deploy-dialog-actions">
        <Button onClick={confirm}>{t('modeler.deployDialog.confirm')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('modeler.deployDialog.cancel')}
        </Button>
      </div>
    </dialog>
  );
}
