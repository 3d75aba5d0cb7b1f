/**
 * Why a path cannot move, in the user's language: the engine's refusal reasons (plain sentences
 * naming element ids, never client data) matched by kind, the element ids replaced by the step
 * names of the version's diagram. Unknown reasons are shown as they came.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const KINDS: [RegExp, string, string[]][] = [
  [/^the path is on version (\d+)$/, 'otherVersion', ['version']],
  [/^the path has an incident/, 'incident', []],
  [/^the path is (\w+)$/, 'notRunning', ['state']],
  [/^a called path moves with its parent process only$/, 'calledPath', []],
  [/^active activity (\S+) has no mapping in version (\d+)$/, 'noMapping', ['step', 'version']],
  [/^active activity (\S+) \(\S+\) is mapped to (\S+), a \S+$/, 'wrongType', ['step', 'target']],
  [/^a path waiting in a call activity cannot move$/, 'inCallActivity', []],
  [/^version (\d+) cannot hold the path's state$/, 'cannotHold', ['version']],
  [/^active activity (\S+) does not wait in version (\d+)$/, 'doesNotWait', ['step', 'version']],
  [/^no path of \S+ has this id$/, 'unknownPath', []],
  [/^the path changed meanwhile/, 'changed', []],
];

/** The reason in words; `stepName` gives a step's name for its id. */
export function describeReason(reason: string, t: Translate, stepName: (id: string) => string): string {
  for (const [pattern, kind, names] of KINDS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const values: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const value = m[i + 1];
      values[name] =
        name === 'step' || name === 'target'
          ? stepName(value)
          : name === 'state'
            ? t(`versions.migration.states.${value}`, { defaultValue: value })
            : value;
    });
    return t(`versions.migration.reasons.${kind}`, values);
  }
  return reason;
}

/** Refusals grouped by their reason in words, most frequent first. */
export function groupReasons(refused: { reason: string }[], describe: (reason: string) => string): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of refused) {
    const text = describe(r.reason);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
