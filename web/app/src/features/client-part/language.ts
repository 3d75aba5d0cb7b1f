/** The client's pages in Finnish, Swedish or English: Swedish messages added beside the app's, the choice remembered. */
import i18n from '../../lib/i18n';
import sv from '../../locales/sv/client.json';

export type ClientLanguage = 'fi' | 'sv' | 'en';
const KEY = 'polku.clientLanguage';

i18n.addResourceBundle('sv', 'translation', sv, true, true);

/** Starts in the remembered language (Finnish when none). */
export function initClientLanguage(): void {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(KEY);
  } catch {
    // private mode
  }
  setClientLanguage(stored === 'sv' || stored === 'en' ? stored : 'fi');
}

/** Switches and remembers the language; sets <html lang>. */
export function setClientLanguage(language: ClientLanguage): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(KEY, language);
  } catch {
    // private mode
  }
}

/** A date and time in Finnish time, in the page's language. */
export function clientDateTime(iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const locale = i18n.language === 'sv' ? 'sv-FI' : i18n.language === 'en' ? 'en-GB' : 'fi-FI';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: withTime ? 'full' : 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}
