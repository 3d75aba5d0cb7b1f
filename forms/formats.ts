/** The custom string formats of the forms; no ajv import, so the browser's precompiled validators can use them. */
import { isValidHenkilotunnus } from './hetu.js';

/** Format name → check, shared by the server's ajv and the React validators. */
export const customFormats: Record<string, (text: string) => boolean> = {
  henkilotunnus: (text: string) => isValidHenkilotunnus(text),
  'henkilotunnus-temporary-ok': (text: string) => isValidHenkilotunnus(text, { allowTemporary: true }),
};
