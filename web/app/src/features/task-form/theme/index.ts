/** Polku's RJSF theme: Suomi.fi widgets for text, textarea, checkbox(es), radio, select, date, the user picker, the meeting slot and list rows. */
import { withTheme } from '@rjsf/core';
import './theme.css';
import { ArrayFieldItemTemplate } from './ArrayFieldItemTemplate';
import { ArrayFieldTemplate } from './ArrayFieldTemplate';
import { BaseInputTemplate } from './BaseInputTemplate';
import { CheckboxesWidget } from './CheckboxesWidget';
import { CheckboxWidget } from './CheckboxWidget';
import { DateWidget } from './DateWidget';
import { FieldTemplate } from './FieldTemplate';
import { MeetingSlotWidget } from './MeetingSlotWidget';
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
    meetingSlot: MeetingSlotWidget,
  },
  templates: {
    BaseInputTemplate,
    FieldTemplate,
    ObjectFieldTemplate,
    ArrayFieldTemplate,
    ArrayFieldItemTemplate,
    ButtonTemplates: { SubmitButton: () => null },
  },
});
