/** i18next with the app's Finnish (default) and English messages; the choice is remembered in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Every locales/<language>/<feature>.json, merged per language: each feature keeps its own messages file. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

function messagesOf(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [path, module] of Object.entries(files)) if (path.startsWith(`../locales/${language}/`)) Object.assign(merged, module.default);
  return merged;
}

export type Language = 'fi' | 'en';
const STORAGE_KEY = 'polku.language';

function storedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fi';
  } catch {
    return 'fi';
  }
}

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: messagesOf('fi') }, en: { translation: messagesOf('en') } },
  lng: storedLanguage(),
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/** Switches the language, remembers it and sets <html lang>. */
export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export default i18n;
