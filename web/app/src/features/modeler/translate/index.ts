/**
 * bpmn-js's `translate` service in the user's language: Finnish from the dictionaries here, English
 * as the libraries write it. The properties panel, palette, context pad, replace menu and the lint
 * messages all pass through it; `{name}` placeholders are filled as bpmn-js's own translate does.
 */
import { FI_DIAGRAM } from './fiDiagram';
import { FI_LINT, FI_LINT_PATTERNS } from './fiLint';
import { FI_PANEL } from './fiPanel';

const FI: Record<string, string> = { ...FI_DIAGRAM, ...FI_PANEL, ...FI_LINT };

/** The text in Finnish when the dictionaries know it (exactly or by pattern), else null. */
export function finnish(text: string): string | null {
  const known = FI[text] ?? FI[text.trim()];
  if (known) return known;
  for (const [pattern, replacement] of FI_LINT_PATTERNS) {
    if (pattern.test(text)) return text.replace(pattern, replacement);
  }
  return null;
}

/** A translate function for `language` (what bpmn-js calls `translate(template, replacements)`). */
export function translator(language: 'fi' | 'en') {
  return (template: string, replacements: Record<string, string> = {}): string => {
    const text = language === 'fi' ? (finnish(template) ?? template) : template;
    return text.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole);
  };
}

/** The bpmn-js module that replaces the default `translate` service. */
export function translateModule(language: 'fi' | 'en') {
  return { translate: ['value', translator(language)] };
}
