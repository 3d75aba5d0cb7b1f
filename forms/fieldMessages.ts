/** The message of one failing form field, from the forms' message files; shared by the server check and the browser. */
import type { ErrorObject } from 'ajv';

/** A locale's messages (forms/messages/<locale>.json): per keyword, and the schemas' own texts translated. */
export type Messages = Record<string, string> & { errorMessages?: Record<string, string> };

/** The message for an ajv error, never repeating the submitted value. */
export function messageOf(error: ErrorObject, messages: Messages): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'errorMessage':
      return messages.errorMessages?.[error.message ?? ''] ?? error.message ?? messages.required!;
    case 'required':
      return messages.required!;
    case 'additionalProperties':
      return messages.unknownField!;
    case 'anonymousText':
      return messages.anonymousText!;
    case 'format':
      return messages[`format:${String(p.format)}`] ?? error.message ?? '';
    default:
      return error.message ?? '';
  }
}
