/** The elements added, removed and changed between two versions, by bpmn-js-differ (layout-only moves are not changes). */
import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

export interface VersionDiff {
  added: string[];
  removed: string[];
  changed: { id: string; attrs: string[] }[];
}

/** Compares the XML of an older and a newer version. */
export async function diffVersions(olderXml: string, newerXml: string): Promise<VersionDiff> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const [older, newer] = await Promise.all([moddle.fromXML(olderXml), moddle.fromXML(newerXml)]);
  const changes = diff(older.rootElement, newer.rootElement);
  return {
    added: Object.keys(changes._added),
    removed: Object.keys(changes._removed),
    changed: Object.entries(changes._changed).map(([id, c]) => ({
      id,
      attrs: Object.keys((c as { attrs?: Record<string, unknown> }).attrs ?? {}),
    })),
  };
}

/** The flow nodes of a version (id → name and type), for mapping activities between versions. */
export async function flowNodesOf(xml: string): Promise<Map<string, { name: string; type: string }>> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const { elementsById } = await moddle.fromXML(xml);
  const nodes = new Map<string, { name: string; type: string }>();
  for (const [id, el] of Object.entries(
    elementsById as Record<string, { $type: string; name?: string; $instanceOf(t: string): boolean }>,
  )) {
    if (el.$instanceOf('bpmn:FlowNode')) nodes.set(id, { name: el.name ?? '', type: el.$type });
  }
  return nodes;
}
