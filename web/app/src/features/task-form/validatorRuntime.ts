/** What the precompiled form validators (src/generated/formValidators.js) call at run time in the browser. */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { containsIdentifyingData } from '../../../../../forms/anonymousText';
import { customFormats } from '../../../../../forms/formats';

/** Formats and helper functions named by the generated code as `runtime.…`. */
export const runtime = {
  customFormats: { ...fullFormats, ...customFormats },
  containsIdentifyingData,
};

/** The string length ajv counts: code points, a surrogate pair being one character. */
function ucs2length(text: string): number {
  return [...text].length;
}

/** The `require` the generated CommonJS code is given: only ajv's one runtime helper it uses. */
export function requireRuntime(name: string): unknown {
  if (name === 'ajv/dist/runtime/ucs2length') return { default: ucs2length };
  throw new Error(`precompiled validator needs ${name}`);
}
