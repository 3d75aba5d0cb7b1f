/**
 * The `scripts` option of bpmn-engine. Its default handler runs JavaScript from the diagram; ours
 * never does. Deployment already refuses such diagrams; this is the second lock: any element that
 * asks for a script makes the engine throw instead of running it.
 */
import { EngineFault } from '../runtime/incidents.js';

interface ScriptOwner {
  id: string;
  type: string;
  behaviour?: { scriptFormat?: string; script?: string; conditionExpression?: { language?: string } };
}

export class ScriptsRefused extends EngineFault {
  constructor(id: string) {
    super(`scripts are refused (element ${id})`, id);
  }
}

export const refuseScripts = {
  register(owner: ScriptOwner): undefined {
    const b = owner.behaviour ?? {};
    if (owner.type === 'bpmn:ScriptTask' || b.scriptFormat || b.script || b.conditionExpression?.language) {
      throw new ScriptsRefused(owner.id);
    }
    return undefined;
  },
  getScript(language: string | undefined, owner: { id: string }): undefined {
    if (language) throw new ScriptsRefused(owner.id);
    return undefined;
  },
};
