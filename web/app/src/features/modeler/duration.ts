/** ISO 8601 durations of `expectedDuration`: the same check as the lint rule, and a plain reading ("14 päivää"). */
import { isIsoDuration } from '../../../../../processes/lint/rules/expectedDuration';

export { isIsoDuration };

const UNITS: Record<string, { fi: [string, string]; en: [string, string] }> = {
  Y: { fi: ['vuosi', 'vuotta'], en: ['year', 'years'] },
  M: { fi: ['kuukausi', 'kuukautta'], en: ['month', 'months'] },
  W: { fi: ['viikko', 'viikkoa'], en: ['week', 'weeks'] },
  D: { fi: ['päivä', 'päivää'], en: ['day', 'days'] },
  H: { fi: ['tunti', 'tuntia'], en: ['hour', 'hours'] },
  TM: { fi: ['minuutti', 'minuuttia'], en: ['minute', 'minutes'] },
  S: { fi: ['sekunti', 'sekuntia'], en: ['second', 'seconds'] },
};

/** "P14D" → "14 päivää", "P1DT2H" → "1 päivä 2 tuntia"; null when not an ISO 8601 duration. */
export function durationText(iso: string, language: 'fi' | 'en' = 'fi'): string | null {
  if (!isIsoDuration(iso)) return null;
  const [date, time = ''] = iso.slice(1).split('T');
  const parts: string[] = [];
  const read = (text: string, prefix: string) => {
    for (const [, amount, unit] of text.matchAll(/(\d+(?:[.,]\d+)?)([YMWDHS])/g)) {
      const names = UNITS[prefix + unit] ?? UNITS[unit];
      const n = Number(amount.replace(',', '.'));
      parts.push(`${amount} ${names[language][n === 1 ? 0 : 1]}`);
    }
  };
  read(date, '');
  read(time, 'T');
  return parts.join(' ');
}
