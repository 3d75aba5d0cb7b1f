/** Polku's RJSF theme: Suomi.fi widgets for text, textarea, checkbox(es), radio, select and date. */
import { withTheme } from '@rjsf/core';
import { BaseInputTemplate } from './BaseInputTemplate';
import { CheckboxesWidget } from './CheckboxesWidget';
import { CheckboxWidget } from './CheckboxWidget';
import { DateWidget } from './DateWidget';
import { FieldTemplate } from './FieldTemplate';
import { ObjectFieldTemplate } from './ObjectFieldTemplate';
import { RadioWidget } from './RadioWidget';
import { SelectWidget } from './SelectWidget';
import { TextareaWidget } from './TextareaWidget';

export const ThemedForm = withTheme({
  widgets: {
    TextareaWidget,
    CheckboxWidget,
    CheckboxesWidget,
    RadioWidget,
    SelectWidget,
    DateWidget,
    DateTimeWidget: DateWidget,
  },
  templates: { BaseInputTemplate, FieldTemplate, ObjectFieldTemplate, ButtonTemplates: { SubmitButton: () => null } },
});
