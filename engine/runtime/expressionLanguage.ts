/**
 * The expression language an element declares (`language=` on a condition or timer expression):
 * FEEL by its standard URI (`https://www.omg.org/spec/DMN/20191111/FEEL/`, any DMN version) or
 * by name is FEEL, as if written with a leading `=`; XPath is an expression language this engine
 * does not support; anything else is a script, refused. No imports: the modeler lint bundles it.
 */

const FEEL = /^(?:https?:\/\/www\.omg\.org\/spec\/DMN\/\d{8}\/FEEL\/?|feel)$/i;
const XPATH = /^(?:https?:\/\/www\.w3\.org\/1999\/XPath\/?|xpath)$/i;

/** What kind of language `language=` names; 'none' when the attribute is absent. */
export function languageKind(language: unknown): 'none' | 'feel' | 'xpath' | 'script' {
  if (typeof language !== 'string') return 'none';
  const name = language.trim();
  if (FEEL.test(name)) return 'feel';
  if (XPATH.test(name)) return 'xpath';
  return 'script';
}

/** The refusal of a declared language, or null when it is FEEL (or none). */
export function languageProblem(language: unknown): string | null {
  const kind = languageKind(language);
  if (kind === 'xpath') return 'expression language not supported (XPath): write the expression in FEEL';
  if (kind === 'script') return 'scripts (language=/scriptFormat=) are refused';
  return null;
}

/** The expression as the engine evaluates it: FEEL declared by language gets its leading `=`. */
export function asFeelBody(body: string, language: unknown): string {
  return languageKind(language) === 'feel' && !body.trimStart().startsWith('=') ? `=${body.trim()}` : body;
}
