/** The checklist form with its two totals recomputed live on every change (RJSF re-renders the read-only fields). */
import { useState } from 'react';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { computeChecklistTotals } from '../checklistTotals.js';
import { createFormValidator } from './validator.js';

/** Props: the checklist form (from GET /api/forms/checklist), initial data, and the submit handler (totals filled). */
export interface ChecklistFormProps {
  form: { schema: object; uiSchema: object };
  initialData?: Record<string, unknown>;
  onSubmit?: (data: Record<string, unknown>) => void;
}

const validator = createFormValidator();

/** Adds the computed totals to checklist data (a new object; the input is not changed). */
export function withChecklistTotals(data: Record<string, unknown> | undefined): Record<string, unknown> {
  return { ...(data ?? {}), ...computeChecklistTotals(data ?? {}) };
}

/** The Asiakasvastaavan muistilista as an RJSF form whose totals follow the ticked boxes. */
export function ChecklistForm({ form, initialData, onSubmit }: ChecklistFormProps) {
  const [data, setData] = useState(() => withChecklistTotals(initialData));
  return (
    <Form
      schema={form.schema as RJSFSchema}
      uiSchema={form.uiSchema as UiSchema}
      validator={validator}
      formData={data}
      onChange={(e) => setData(withChecklistTotals(e.formData as Record<string, unknown>))}
      onSubmit={(e) => onSubmit?.(withChecklistTotals(e.formData as Record<string, unknown>))}
    />
  );
}
