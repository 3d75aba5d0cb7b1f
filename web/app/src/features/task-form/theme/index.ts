/** Polku's RJSF theme: Suomi.fi widgets for text, textarea, checkbox(es), radio, select, date and the user picker. */
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
import { UserPickerWidget } from './UserPickerWidget';

export const ThemedForm = withTheme({
  widgets: {
    TextareaWidget,
    CheckboxWidget,
    CheckboxesWidget,
    RadioWidget,
    SelectWidget,
    DateWidget,
    DateTimeWidget: DateWidget,
    userPicker: UserPickerWidget,
  },
  templates: { BaseInputTemplate, FieldTemplate, ObjectFieldTemplate, ButtonTemplates: { SubmitButton: () => null } },
});
