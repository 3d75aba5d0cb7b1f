/**
 * Filled form data, read-only (shared by the task and path views): the fields' titles from the
 * form's schema, coded choices as their words (forms/choiceTitles.ts), dates in Finnish format and
 * times in Finnish time.
 */
import { useTranslation } from 'react-i18next';
import en from '../../../../forms/messages/en.json';
import { choiceTitle, hasChoices, type ChoiceSchema } from '../../../../forms/choiceTitles';
import { finnishDate } from '../lib/finnishTime';
import { formatDateTime } from '../lib/format';
import type { FormDefinition, Page } from '../lib/types';
import { useGet } from '../lib/useApi';

type Schema = ChoiceSchema & { title?: string; format?: string; properties?: Record<string, Schema>; items?: Schema };
type Ui = Record<string, unknown> | undefined;
type Titles = Record<string, { title: string; fields: Record<string, string> }>;
const EN = en as unknown as { forms: Titles; choices: Record<string, string> };

function useForms() {
  return useGet<Page<FormDefinition & { formKey: string }>>('/api/forms');
}

export function FormData({ formKey, data }: { formKey: string | null; data: Record<string, unknown> }) {
  const forms = useForms();
  const { i18n } = useTranslation();
  const form = forms.data?.items.find((f) => f.formKey === formKey);
  const english = i18n.language === 'en';
  const topTitles = english && formKey ? EN.forms[formKey]?.fields : undefined;
  return (
    <Fields
      schema={(form?.schema ?? {}) as Schema}
      ui={form?.uiSchema as Ui}
      data={data}
      titles={topTitles}
      english={english ? EN.choices : undefined}
    />
  );
}

function Fields({
  schema,
  ui,
  data,
  titles,
  english,
}: {
  schema: Schema;
  ui: Ui;
  data: Record<string, unknown>;
  titles?: Record<string, string>;
  english?: Record<string, string>;
}) {
  const entries = Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <dl className="form-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{titles?.[key] ?? schema.properties?.[key]?.title ?? key}</dt>
          <dd>
            <Value schema={schema.properties?.[key] ?? {}} ui={ui?.[key] as Ui} value={value} english={english} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Value({ schema, ui, value, english }: { schema: Schema; ui: Ui; value: unknown; english?: Record<string, string> }) {
  const { t } = useTranslation();
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object'))
      return <>{value.map((v) => (hasChoices(schema) ? choiceTitle(schema, ui, v, english) : String(v))).join(', ')}</>;
    return (
      <ol>
        {value.map((v, i) => (
          <li key={i}>
            <Value schema={schema.items ?? {}} ui={ui?.items as Ui} value={v} english={english} />
          </li>
        ))}
      </ol>
    );
  }
  if (value && typeof value === 'object')
    return <Fields schema={schema} ui={ui} data={value as Record<string, unknown>} english={english} />;
  if (hasChoices(schema)) return <>{choiceTitle(schema, ui, value, english)}</>;
  if (typeof value === 'string' && schema.format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{finnishDate(value)}</>;
  if (typeof value === 'string' && schema.format === 'date-time') return <>{formatDateTime(value) || value}</>;
  return <>{String(value)}</>;
}
