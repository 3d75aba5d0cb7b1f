/** Filled form data, read-only, with the fields' titles from the form's schema (shared by the task and path views). */
import { useTranslation } from 'react-i18next';
import type { FormDefinition, Page } from '../lib/types';
import { useGet } from '../lib/useApi';

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };

function useForms() {
  return useGet<Page<FormDefinition & { formKey: string }>>('/api/forms');
}

export function FormData({ formKey, data }: { formKey: string | null; data: Record<string, unknown> }) {
  const forms = useForms();
  const schema = (forms.data?.items.find((f) => f.formKey === formKey)?.schema ?? {}) as Schema;
  return <Fields schema={schema} data={data} />;
}

function Fields({ schema, data }: { schema: Schema; data: Record<string, unknown> }) {
  const entries = Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <dl className="form-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{schema.properties?.[key]?.title ?? key}</dt>
          <dd>
            <Value schema={schema.properties?.[key] ?? {}} value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Value({ schema, value }: { schema: Schema; value: unknown }) {
  const { t } = useTranslation();
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return <>{value.join(', ')}</>;
    return (
      <ol>
        {value.map((v, i) => (
          <li key={i}>
            <Value schema={schema.items ?? {}} value={v} />
          </li>
        ))}
      </ol>
    );
  }
  if (value && typeof value === 'object') return <Fields schema={schema} data={value as Record<string, unknown>} />;
  return <>{String(value)}</>;
}
