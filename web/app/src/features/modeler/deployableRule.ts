/**
 * The server's deployment checks as a bpmnlint rule of the modeler: the same validateModel the
 * server runs at deploy (no executable process, scripts, conditions that are not FEEL or do not
 * parse, timers, expected durations), reported on the element each problem names, so the modeler's
 * lint shows every refusal before the owner presses deploy.
 */
import type { ModdleContext, ModdleElement } from '../../../../../engine/runtime/moddleElement';
import { validateModel } from '../../../../../engine/runtime/validateModel';
import type { LintNode, LintRule } from '../../../../../processes/lint/rules/util';

/** The element a problem about the whole file is shown on: the first process (or the file itself). */
function fileLevelId(definitions: LintNode): string | undefined {
  const roots = (definitions.rootElements as ModdleElement[] | undefined) ?? [];
  return roots.find((e) => e.$type === 'bpmn:Process')?.id ?? definitions.id;
}

/** bpmnlint rule factory. */
export default function deployable(): LintRule {
  return {
    check(node, reporter) {
      if (node.$type !== 'bpmn:Definitions') return;
      const ctx = { rootElement: node, elementsById: {}, references: [], warnings: [] } as unknown as ModdleContext;
      for (const problem of validateModel(ctx)) {
        const id = problem.path.startsWith('#') ? problem.path.slice(1) : fileLevelId(node);
        reporter.report(id, problem.message);
      }
    },
  };
}
