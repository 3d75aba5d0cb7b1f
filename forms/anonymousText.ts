/** The `anonymousText` ajv keyword: free text in anonymous forms may hold no henkilötunnus, e-mail or phone number. */
import type { KeywordDefinition } from 'ajv';
import { HENKILOTUNNUS_LIKE } from './hetu.js';

const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** Finnish (0…) or international (+…) numbers of at least seven digits, spaces and dashes allowed. */
const PHONE_LIKE = /(?:\+\d{1,3}|(?<![\d.])0)[\s-]?\(?\d\)?(?:[\s-]?\d){5,}/;

/** True when the text looks like it holds a henkilötunnus, an e-mail address or a phone number. */
export function containsIdentifyingData(text: string): boolean {
  return HENKILOTUNNUS_LIKE.test(text) || EMAIL_LIKE.test(text) || PHONE_LIKE.test(text);
}

/** `"anonymousText": true` on a string schema refuses identifying data; the error never carries the text. */
export const anonymousTextKeyword: KeywordDefinition = {
  keyword: 'anonymousText',
  type: 'string',
  schemaType: 'boolean',
  errors: false,
  validate: (enabled: boolean, data: string) => !enabled || !containsIdentifyingData(data),
};
