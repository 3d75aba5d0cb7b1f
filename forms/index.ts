/** Polku forms: JSON Schemas + uiSchemas per form key, their server check, henkilötunnus and the TTS PDF. */
export { listFormKeys, getForm } from './catalog.js';
export { checkFormData, type FieldError, type Locale } from './checkFormData.js';
export { isValidHenkilotunnus, type HenkilotunnusOptions } from './hetu.js';
export { computeChecklistTotals } from './checklistTotals.js';
export { containsIdentifyingData } from './anonymousText.js';
export { renderTtsPdf, type TtsPdfInput } from './pdf/ttsPdf.js';
export { getLocalizedForm } from './localizeForm.js';
