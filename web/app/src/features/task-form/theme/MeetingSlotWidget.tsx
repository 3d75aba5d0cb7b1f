/**
 * The team meeting's time (`ui:widget: "meetingSlot"`): the free slots the team's calendar offers
 * (GET /api/meetings, the same slots as "Tulevat tiimikokoukset") to pick from, shown in Finnish
 * time and stored with Finland's offset, so nobody types a time that the slot rule then refuses.
 */
import { useState } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { query } from '../../../lib/api';
import { formatWeekdayDateTime } from '../../../lib/format';
import { toHelsinkiIso } from '../../../lib/finnishTime';
import { useGet } from '../../../lib/useApi';
import { firstError } from './errorId';

interface Slot {
  slot: string;
  bookable: boolean;
}

const WEEKS_AHEAD = 12;

export function MeetingSlotWidget({ id, value, label, disabled, readonly, rawErrors, onChange, schema }: WidgetProps) {
  const { t } = useTranslation();
  const editable = !disabled && !readonly;
  const [to] = useState(() => new Date(Date.now() + WEEKS_AHEAD * 7 * 864e5).toISOString().slice(0, 10));
  const slots = useGet<{ items: Slot[] }>(editable ? `/api/meetings${query({ to })}` : null);
  const current = typeof value === 'string' && value ? Date.parse(value) : NaN;
  const free = (slots.data?.items ?? []).filter((s) => s.bookable).map((s) => s.slot);
  // The value already chosen stays choosable (a draft, or a form read later).
  const shown = Number.isNaN(current) || free.some((s) => Date.parse(s) === current) ? free : [value as string, ...free];
  const picked = shown.findIndex((s) => Date.parse(s) === current);
  const error = firstError(rawErrors);
  return (
    <RadioButtonGroup
      id={id}
      name={id}
      labelText={label || id}
      value={picked >= 0 ? String(picked) : ''}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      groupHintText={
        slots.error ? t('form.slotsFailed') : slots.data && !free.length ? t('form.noSlots') : (schema.description ?? t('form.slotHint'))
      }
      onChange={(index) => onChange(toHelsinkiIso(shown[Number(index)]!))}
    >
      {shown.map((slot, i) => (
        <RadioButton key={slot} value={String(i)} disabled={!editable}>
          {formatWeekdayDateTime(slot)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
