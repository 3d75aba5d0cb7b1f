/** RJSF's own texts (Yes/No, Add item, Remove…) through the app's messages; unknown ones stay as RJSF words them. */
import { englishStringTranslator, type TranslatableString } from '@rjsf/utils';
import type { TFunction } from 'i18next';

/** A translateString for <Form> in the current language. */
export function rjsfTranslator(t: TFunction) {
  return (text: TranslatableString, params?: string[]): string => {
    const english = englishStringTranslator(text, params);
    const key = `rjsf.${text.replace(/[^A-Za-z0-9]+/g, '_')}`;
    const translated = t(key, { defaultValue: '' });
    if (!translated) return english;
    return (params ?? []).reduce((s, p, i) => s.replace(`%${i + 1}`, p), translated);
  };
}
