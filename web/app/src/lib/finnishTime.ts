/**
 * Dates and times as Finns type and read them (23.11.2026, 13.00), always in Finnish time whatever
 * the browser's zone; a date-time is stored with its offset (2026-11-23T13:00:00+02:00).
 */
import { helsinkiInstant, helsinkiLocal } from '../../../../engine/runtime/helsinki';

/** "23.11.2026" (or "2026-11-23") → "2026-11-23", or null when it is no date. */
export function parseFinnishDate(text: string): string | null {
  const trimmed = text.trim();
  let day: number, month: number, year: number;
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (fi) [day, month, year] = [Number(fi[1]), Number(fi[2]), Number(fi[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "13.00", "13:00" or "9.5" → "13:00:00", or null. */
export function parseFinnishTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
}

/** "2026-11-23" → "23.11.2026". */
export function finnishDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** An instant's Finnish local date ("23.11.2026") and time ("13.00"). */
export function finnishDateTime(iso: string): { date: string; time: string } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const local = helsinkiLocal(at);
  return { date: finnishDate(local.date), time: local.time.slice(0, 5).replace(':', '.') };
}

/** A Finnish local date and time as an ISO string with Finland's offset then: 2026-11-23T13:00:00+02:00. */
export function helsinkiIso(isoDate: string, time: string): string {
  const at = helsinkiInstant(isoDate, time);
  const offsetMinutes = Math.round((Date.parse(`${isoDate}T${time}Z`) - at.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${isoDate}T${time}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The instant (any ISO form) as Finnish local time with the offset. */
export function toHelsinkiIso(iso: string): string {
  const local = helsinkiLocal(new Date(iso));
  return helsinkiIso(local.date, local.time);
}
