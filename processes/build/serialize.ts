/** Writes a process description as BPMN 2.0 XML with Camunda attributes and full diagram interchange. */
import { layoutProcess, waypointsOf, type Box } from './layout.js';
import type { FlowSpec, NodeSpec, ProcessSpec } from './spec.js';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TAGS: Record<NodeSpec['kind'], string> = {
  start: 'bpmn:startEvent',
  end: 'bpmn:endEvent',
  user: 'bpmn:userTask',
  call: 'bpmn:callActivity',
  xor: 'bpmn:exclusiveGateway',
  or: 'bpmn:inclusiveGateway',
  and: 'bpmn:parallelGateway',
  timerCatch: 'bpmn:intermediateCatchEvent',
  boundaryTimer: 'bpmn:boundaryEvent',
  receive: 'bpmn:receiveTask',
  send: 'bpmn:sendTask',
};

function properties(values: Record<string, string | undefined>, indent: string, mappings: string[] = []): string {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined);
  if (!entries.length && !mappings.length) return '';
  const props = entries.map(([k, v]) => `${indent}    <camunda:property name="${k}" value="${esc(String(v))}" />`);
  const block = props.length ? [`${indent}  <camunda:properties>`, ...props, `${indent}  </camunda:properties>`] : [];
  return [
    `${indent}<bpmn:extensionElements>`,
    ...block,
    ...mappings.map((m) => `${indent}  ${m}`),
    `${indent}</bpmn:extensionElements>`,
  ].join('\n');
}

/** camunda:in / camunda:out elements of a call activity that passes only some variables. */
function variableMappings(node: NodeSpec): string[] {
  const pass = (tag: string, names: string[] | undefined) =>
    (names ?? []).map((n) => `<camunda:${tag} source="${esc(n)}" target="${esc(n)}" />`);
  return [...pass('in', node.variablesIn), ...pass('out', node.variablesOut)];
}

/** What each stalled rule and milestone means, appended to the documentation of the steps that carry it. */
const RULE_TEXT: Record<string, (node: NodeSpec) => string> = {
  'meeting-rhythm': () =>
    'stalled (meeting-rhythm) when still waiting for the team meeting after 15:00 Finnish time on the first odd-week Wednesday at least 7 days after the path came to the team',
  'invitation-unconfirmed': () => 'stalled (invitation-unconfirmed) when not confirmed 7 days before the booked meeting',
  'follow-up-missed': (node) => `stalled (follow-up-missed) when not done ${node.expectedDuration ?? ''} after the follow-up date`,
};
const MILESTONE_TEXT: Record<string, string> = { 'team-meeting': 'its end is the team meeting in the referral report' };

/** The English meaning, where a duration or timer comes from (a pilot's own, or a default chosen here), and the report rules. */
function documentationOf(node: NodeSpec): string {
  const timed = node.expectedDuration ?? (node.timer && !node.timer.value.startsWith('=') ? node.timer.value : undefined);
  const rules = [
    ...(node.stalledRule ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean)
      .map((r) => RULE_TEXT[r]?.(node) ?? `stalled rule ${r}`),
    ...(node.milestone ? [MILESTONE_TEXT[node.milestone] ?? `milestone ${node.milestone}`] : []),
  ];
  const ruleText = rules.length ? ` [${rules.join('; ')}]` : '';
  if (!timed) return node.en + ruleText;
  const source = node.durationSource ? `[${timed}: ${node.durationSource}]` : `[${timed}: a default, the pilots give none]`;
  return `${node.en} ${source}${ruleText}`;
}

function nodeXml(node: NodeSpec, spec: ProcessSpec): string {
  const tag = TAGS[node.kind];
  const attrs = [`id="${node.id}"`, `name="${esc(node.name)}"`];
  if (node.formKey) attrs.push(`camunda:formKey="${node.formKey}"`);
  if (node.candidateGroups) attrs.push(`camunda:candidateGroups="${node.candidateGroups}"`);
  if (node.assignee) attrs.push(`camunda:assignee="${esc(node.assignee)}"`);
  if (node.calledElement) attrs.push(`calledElement="${node.calledElement}"`);
  if (node.attachedTo) attrs.push(`attachedToRef="${node.attachedTo}"`, `cancelActivity="${node.cancelActivity !== false}"`);
  if (node.message) attrs.push(`messageRef="Message_${node.message}"`);
  const defaultFlow = spec.flows.find((f) => f.from === node.id && f.isDefault);
  if (defaultFlow) attrs.push(`default="${defaultFlow.id}"`);
  const body = [`      <bpmn:documentation>${esc(documentationOf(node))}</bpmn:documentation>`];
  const ext = properties(
    {
      expectedDuration: node.expectedDuration,
      bookSlot: node.bookSlot,
      consultationHourField: node.consultationHour,
      stalledRule: node.stalledRule,
      milestone: node.milestone,
      caseloadField: node.caseload?.field,
      caseloadRole: node.caseload?.role,
      caseloadLimit: node.caseload ? String(node.caseload.limit) : undefined,
      caseloadWaiting: node.caseload?.waitingField,
    },
    '      ',
    variableMappings(node),
  );
  if (ext) body.push(ext);
  for (const f of spec.flows.filter((f) => f.to === node.id)) body.push(`      <bpmn:incoming>${f.id}</bpmn:incoming>`);
  for (const f of spec.flows.filter((f) => f.from === node.id)) body.push(`      <bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  if (node.timer) {
    body.push(
      `      <bpmn:timerEventDefinition id="${node.id}_timer">`,
      `        <bpmn:${node.timer.kind} xsi:type="bpmn:tFormalExpression">${esc(node.timer.value)}</bpmn:${node.timer.kind}>`,
      `      </bpmn:timerEventDefinition>`,
    );
  }
  return [`    <${tag} ${attrs.join(' ')}>`, ...body, `    </${tag}>`].join('\n');
}

function flowXml(flow: FlowSpec): string {
  const name = flow.name ? ` name="${esc(flow.name)}"` : '';
  const open = `    <bpmn:sequenceFlow id="${flow.id}"${name} sourceRef="${flow.from}" targetRef="${flow.to}"`;
  if (!flow.condition) return `${open} />`;
  return [
    `${open}>`,
    `      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(flow.condition)}</bpmn:conditionExpression>`,
    `    </bpmn:sequenceFlow>`,
  ].join('\n');
}

const bounds = (b: Box) => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" />`;

function labelOf(node: NodeSpec, b: Box): string {
  if (node.kind === 'user' || node.kind === 'call' || node.kind === 'receive' || node.kind === 'send') return '';
  // Gateways: upper left, clear of flows that leave downwards or upwards; boundary events: right of their flow;
  // intermediate timers: above, clear of a flow that leaves downwards.
  const label =
    node.kind === 'xor' || node.kind === 'or' || node.kind === 'and'
      ? { x: b.x - 96, y: b.y - 30, width: 90, height: 27 }
      : node.kind === 'boundaryTimer'
        ? { x: b.x + b.width + 4, y: b.y + b.height, width: 90, height: 27 }
        : node.kind === 'timerCatch'
          ? { x: b.x + b.width / 2 - 50, y: b.y - 33, width: 100, height: 27 }
          : { x: b.x + b.width / 2 - 50, y: b.y + b.height + 6, width: 100, height: 27 };
  return `\n        <bpmndi:BPMNLabel>${bounds(label)}</bpmndi:BPMNLabel>`;
}

/** The whole .bpmn file of one process. */
export function toBpmnXml(spec: ProcessSpec): string {
  const layout = layoutProcess(spec);
  const messages = [...new Set(spec.nodes.filter((n) => n.message).map((n) => n.message as string))];
  const lanes = spec.lanes.map((lane) => {
    const refs = spec.nodes.filter((n) => n.lane === lane.id).map((n) => `        <bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`);
    return [
      `      <bpmn:lane id="${lane.id}" name="${esc(lane.name)}">`,
      `        <bpmn:documentation>${esc(lane.en)}</bpmn:documentation>`,
      properties({ role: lane.role }, '        '),
      ...refs,
      `      </bpmn:lane>`,
    ].join('\n');
  });
  const shapes = [
    `      <bpmndi:BPMNShape id="Participant_${spec.key}_di" bpmnElement="Participant_${spec.key}" isHorizontal="true">${bounds(layout.pool)}</bpmndi:BPMNShape>`,
    ...spec.lanes.map(
      (l) =>
        `      <bpmndi:BPMNShape id="${l.id}_di" bpmnElement="${l.id}" isHorizontal="true">${bounds(layout.lanes.get(l.id) as Box)}</bpmndi:BPMNShape>`,
    ),
    ...spec.nodes.map((n) => {
      const b = layout.shapes.get(n.id) as Box;
      const marker = n.kind === 'xor' ? ' isMarkerVisible="true"' : '';
      return `      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"${marker}>\n        ${bounds(b)}${labelOf(n, b)}\n      </bpmndi:BPMNShape>`;
    }),
  ];
  const edges = spec.flows.map((f) => {
    const boundary = spec.nodes.find((n) => n.id === f.from)?.kind === 'boundaryTimer';
    const points = waypointsOf(f, layout, boundary).map((p) => `        <di:waypoint x="${p.x}" y="${p.y}" />`);
    return [`      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">`, ...points, `      </bpmndi:BPMNEdge>`].join('\n');
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!-- Generated from processes/specs/${spec.key}.ts by processes/build/generate.ts; edit the spec, not this file. -->`,
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_${spec.key}" targetNamespace="https://polku.example/processes">`,
    `  <bpmn:collaboration id="Collaboration_${spec.key}">`,
    `    <bpmn:participant id="Participant_${spec.key}" name="${esc(spec.name)}" processRef="${spec.key}" />`,
    `  </bpmn:collaboration>`,
    ...messages.map((m) => `  <bpmn:message id="Message_${m}" name="${m}" />`),
    `  <bpmn:process id="${spec.key}" name="${esc(spec.name)}" isExecutable="true"${spec.starters ? ` camunda:candidateStarterGroups="${esc(spec.starters)}"` : ''}>`,
    `    <bpmn:documentation>${esc(spec.en)}</bpmn:documentation>`,
    `    <bpmn:laneSet id="LaneSet_${spec.key}">`,
    ...lanes,
    `    </bpmn:laneSet>`,
    ...spec.nodes.map((n) => nodeXml(n, spec)),
    ...spec.flows.map(flowXml),
    `  </bpmn:process>`,
    `  <bpmndi:BPMNDiagram id="Diagram_${spec.key}">`,
    `    <bpmndi:BPMNPlane id="Plane_${spec.key}" bpmnElement="Collaboration_${spec.key}">`,
    ...shapes,
    ...edges,
    `    </bpmndi:BPMNPlane>`,
    `  </bpmndi:BPMNDiagram>`,
    `</bpmn:definitions>`,
    '',
  ].join('\n');
}
