/** The start form of a process, rendered like task forms; the server's field errors shown at the fields. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { ErrorMessage, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import type { Definition, FormDefinition } from '../../lib/types';
import { useGet } from '../../lib/useApi';
import { formTitle, localizedUiSchema } from '../task-form/localizedUi';
import { toErrorSchema } from '../task-form/serverErrors';
import { ThemedForm } from '../task-form/theme';
import { rjsfTranslator } from '../task-form/translateString';
import { atTheirFields, validatorFor } from '../task-form/validator';

interface Props {
  definition: Definition;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (variables: Record<string, unknown>) => Promise<void>;
}

export function StartForm({ definition, busy, onCancel, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fi';
  const formKey = definition.startFormKey!;
  const path = `/api/forms/${encodeURIComponent(formKey)}`;
  const form = useGet<FormDefinition>(path);
  const [data, setData] = useState<Record<string, unknown>>({});
  const [errors, setErrors] = useState<ErrorSchema | undefined>();
  const validator = useMemo(
    () => (form.data ? validatorFor(formKey, form.data.schema as RJSFSchema, language) : null),
    [form.data, formKey, language],
  );
  if (form.error) return <ErrorMessage error={form.error} />;
  if (!form.data || !validator) return <Loading />;
  return (
    <section className="card">
      <Heading variant="h2">{formTitle(formKey, form.data.schema, language)}</Heading>
      <ThemedForm
        schema={form.data.schema as RJSFSchema}
        uiSchema={localizedUiSchema(formKey, form.data.uiSchema as UiSchema, language)}
        validator={validator}
        formData={data}
        noHtml5Validate
        transformErrors={atTheirFields}
        translateString={rjsfTranslator(t)}
        showErrorList={false}
        extraErrors={errors}
        onChange={(e) => setData((e.formData ?? {}) as Record<string, unknown>)}
        onSubmit={(e) =>
          void onSubmit((e.formData ?? {}) as Record<string, unknown>).catch((err: unknown) => {
            if (err instanceof ApiError) setErrors(toErrorSchema(err.details));
          })
        }
      >
        <div className="form-actions">
          <Button type="submit" disabled={busy}>
            {t('start.start')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </ThemedForm>
    </section>
  );
}
