/** A label, the control, and its error tied to it by id: the frame of the theme's native controls. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorId } from './errorId';

export function FieldFrame({
  id,
  label,
  required,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="sf-field">
      <label htmlFor={id} className="sf-label">
        {label || id}
        {!required && <span className="sf-optional"> ({t('form.optional')})</span>}
      </label>
      {children}
      {error && (
        <span id={errorId(id)} className="sf-status-error">
          {error}
        </span>
      )}
    </div>
  );
}
