/** Small lint-clean BPMN files for the HTTP tests: a straight line of user tasks, with names, flows and diagram. */

/** One step of a test process. */
export interface UserTaskSpec {
  id: string;
  name: string;
  role: string;
  /** A form of forms/schemas; default `checklist` (every field optional). */
  formKey?: string;
  /** ISO 8601 duration, e.g. P14D. */
  expectedDuration?: string;
  /** Makes this step a receive task waiting for the named message instead of a user task. */
  message?: string;
}

interface Node {
  id: string;
  xml: (incoming: string, outgoing: string) => string;
}

/** What the process element and its start event say about starting it. */
export interface StartSpec {
  /** `camunda:candidateStarterGroups` of the process (comma-separated role ids). */
  starters?: string;
  /** `camunda:formKey` of the start event. */
  startFormKey?: string;
  /** The process's own name; default the key. */
  name?: string;
}

/** A process `key` running the user tasks in order, then ending. */
export function linearProcess(key: string, tasks: UserTaskSpec[], start: StartSpec = {}): string {
  const startForm = start.startFormKey ? ` camunda:formKey="${start.startFormKey}"` : '';
  const starters = start.starters ? ` camunda:candidateStarterGroups="${start.starters}"` : '';
  const nodes: Node[] = [
    { id: 'start', xml: (_in, out) => `<bpmn:startEvent id="start" name="Alku"${startForm}>${out}</bpmn:startEvent>` },
    ...tasks.map((t) => ({
      id: t.id,
      xml: (incoming: string, outgoing: string) => {
        if (t.message)
          return `<bpmn:receiveTask id="${t.id}" name="${t.name}" messageRef="msg-${t.id}">${incoming}${outgoing}</bpmn:receiveTask>`;
        const attrs = `id="${t.id}" name="${t.name}" camunda:candidateGroups="${t.role}" camunda:formKey="${t.formKey ?? 'checklist'}"`;
        const ext = t.expectedDuration
          ? `<bpmn:extensionElements><camunda:properties><camunda:property name="expectedDuration" value="${t.expectedDuration}" /></camunda:properties></bpmn:extensionElements>`
          : '';
        return `<bpmn:userTask ${attrs}>${ext}${incoming}${outgoing}</bpmn:userTask>`;
      },
    })),
    { id: 'end', xml: (inc) => `<bpmn:endEvent id="end" name="Loppu">${inc}</bpmn:endEvent>` },
  ];
  const flowId = (i: number) => `f${i}`;
  const elements = nodes.map((n, i) =>
    n.xml(
      i > 0 ? `<bpmn:incoming>${flowId(i - 1)}</bpmn:incoming>` : '',
      i < nodes.length - 1 ? `<bpmn:outgoing>${flowId(i)}</bpmn:outgoing>` : '',
    ),
  );
  const flows = nodes.slice(1).map((n, i) => `<bpmn:sequenceFlow id="${flowId(i)}" sourceRef="${nodes[i]!.id}" targetRef="${n.id}" />`);
  const x = (i: number) => 100 + i * 160;
  const size = (i: number) => (i === 0 || i === nodes.length - 1 ? { w: 36, h: 36, y: 122 } : { w: 100, h: 80, y: 100 });
  const shapes = nodes.map((n, i) => {
    const s = size(i);
    return `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"><dc:Bounds x="${x(i)}" y="${s.y}" width="${s.w}" height="${s.h}" /></bpmndi:BPMNShape>`;
  });
  const edges = nodes.slice(1).map((_n, i) => {
    const from = x(i) + size(i).w;
    return `<bpmndi:BPMNEdge id="${flowId(i)}_di" bpmnElement="${flowId(i)}"><di:waypoint x="${from}" y="140" /><di:waypoint x="${x(i + 1)}" y="140" /></bpmndi:BPMNEdge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-${key}" targetNamespace="http://polku.example/test">
  ${tasks
    .filter((t) => t.message)
    .map((t) => `<bpmn:message id="msg-${t.id}" name="${t.message}" />`)
    .join('\n  ')}
  <bpmn:process id="${key}" name="${start.name ?? key}" isExecutable="true"${starters}>
    ${[...elements, ...flows].join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram-${key}">
    <bpmndi:BPMNPlane id="plane-${key}" bpmnElement="${key}">
      ${[...shapes, ...edges].join('\n      ')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** A BPMN file with a DOCTYPE declaring an external entity (XXE). */
export const XXE_BPMN = `<?xml version="1.0"?>
<!DOCTYPE bpmn:definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="xxe" isExecutable="true"><bpmn:startEvent id="s" name="&xxe;" /></bpmn:process>
</bpmn:definitions>`;
