/** The project's BPMN lint (processes/lint): the shipped diagrams pass, and each polku rule catches its mistake. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'chai';
import { lintBpmnXml, listProcessFiles } from '../../processes/index.js';
import { UNSUPPORTED } from '../support/unsupportedDiagrams.js';

/** A one-task process around the given task and extra elements, without diagram interchange. */
function processWith(task: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://polku.example/test">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" name="Alku"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    ${task}
    ${extra}
    <bpmn:endEvent id="end" name="Loppu"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;
}

const userTask = (attrs: string, inner = '') =>
  `<bpmn:userTask id="task" name="Tehtävä" ${attrs}>${inner}<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
   <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" /><bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />`;

const duration = (value: string) =>
  `<bpmn:extensionElements><camunda:properties><camunda:property name="expectedDuration" value="${value}" /></camunda:properties></bpmn:extensionElements>`;

async function polkuIssues(xml: string, rule: string) {
  return (await lintBpmnXml(xml)).filter((i) => i.rule.endsWith(rule));
}

describe('BPMN lint (processes/lint)', () => {
  for (const file of listProcessFiles()) {
    it(`Given ${basename(file)}, When linted with .bpmnlintrc, Then it has no errors and no warnings`, async () => {
      const issues = await lintBpmnXml(readFileSync(file, 'utf8'));
      expect(issues.map((i) => `${i.category} ${i.rule} ${i.id}: ${i.message}`)).to.deep.equal([]);
    });
  }

  it('Given a correct user task, When linted, Then no polku rule complains', async () => {
    const xml = processWith(userTask('camunda:candidateGroups="nurse" camunda:formKey="follow-up"', duration('P14D')));
    const issues = (await lintBpmnXml(xml)).filter((i) => i.rule.startsWith('polku/'));
    expect(issues).to.deep.equal([]);
  });

  it('Given a user task without any role, When linted, Then user-task-role reports it as an error', async () => {
    const [issue] = await polkuIssues(processWith(userTask('camunda:formKey="follow-up"')), 'user-task-role');
    expect(issue).to.include({ id: 'task', category: 'error' });
  });

  it('Given a user task with an unknown role, When linted, Then user-task-role names the role', async () => {
    const [issue] = await polkuIssues(
      processWith(userTask('camunda:candidateGroups="nurse,wizard" camunda:formKey="follow-up"')),
      'user-task-role',
    );
    expect(issue.message).to.contain('wizard');
  });

  it('Given a user task whose lane has a known role property, When linted, Then user-task-role accepts it', async () => {
    const lanes = `<bpmn:laneSet id="ls"><bpmn:lane id="lane" name="Hoitaja">${duration('P1D').replace('expectedDuration', 'role').replace('P1D', 'nurse')}<bpmn:flowNodeRef>task</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>`;
    const xml = processWith(userTask('camunda:formKey="follow-up"'), '').replace('<bpmn:startEvent', `${lanes}<bpmn:startEvent`);
    expect(await polkuIssues(xml, 'user-task-role')).to.deep.equal([]);
  });

  it('Given a user task without a form key, or with one that has no schema, When linted, Then user-task-form reports it', async () => {
    const [missing] = await polkuIssues(processWith(userTask('camunda:candidateGroups="nurse"')), 'user-task-form');
    expect(missing).to.include({ id: 'task', category: 'error' });
    const [unknown] = await polkuIssues(
      processWith(userTask('camunda:candidateGroups="nurse" camunda:formKey="no-such-form"')),
      'user-task-form',
    );
    expect(unknown.message).to.contain('no-such-form');
  });

  it('Given an expectedDuration that is not ISO 8601, When linted, Then expected-duration reports it', async () => {
    const [issue] = await polkuIssues(
      processWith(userTask('camunda:candidateGroups="nurse" camunda:formKey="follow-up"', duration('14 days'))),
      'expected-duration',
    );
    expect(issue).to.include({ id: 'task', category: 'error' });
    expect(
      await polkuIssues(
        processWith(userTask('camunda:candidateGroups="nurse" camunda:formKey="follow-up"', duration('PT2H'))),
        'expected-duration',
      ),
    ).to.deep.equal([]);
  });

  it('Given a script task, When linted, Then no-scripts reports it', async () => {
    const task = `<bpmn:scriptTask id="task" name="Skripti" scriptFormat="javascript"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing><bpmn:script>next()</bpmn:script></bpmn:scriptTask>
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" /><bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />`;
    const [issue] = await polkuIssues(processWith(task), 'no-scripts');
    expect(issue).to.include({ id: 'task', category: 'error' });
  });

  it('Given a condition written as a script with language=, When linted, Then no-scripts reports the flow', async () => {
    const xml = processWith(userTask('camunda:candidateGroups="nurse" camunda:formKey="follow-up"')).replace(
      '<bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />',
      '<bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression></bpmn:sequenceFlow>',
    );
    const issues = await polkuIssues(xml, 'no-scripts');
    expect(issues.map((i) => i.id)).to.include('f2');
  });

  it('Given an exclusive gateway with an unconditioned, non-default outgoing flow, When linted, Then gateway-conditions reports that flow', async () => {
    const gateway = `<bpmn:exclusiveGateway id="gw" name="Valinta?"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing></bpmn:exclusiveGateway>
      <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gw" />
      <bpmn:sequenceFlow id="a" sourceRef="gw" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=x = 1</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="b" sourceRef="gw" targetRef="end2" />`;
    const end2 = '<bpmn:endEvent id="end2" name="Muu"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>';
    const xml = processWith(gateway, end2).replace('<bpmn:incoming>f2</bpmn:incoming>', '<bpmn:incoming>a</bpmn:incoming>');
    const issues = await polkuIssues(xml, 'gateway-conditions');
    expect(issues.map((i) => i.id)).to.deep.equal(['b']);
    const withDefault = xml.replace('<bpmn:exclusiveGateway id="gw"', '<bpmn:exclusiveGateway id="gw" default="b"');
    expect(await polkuIssues(withDefault, 'gateway-conditions')).to.deep.equal([]);
  });

  it("Given a service task with camunda:expression, camunda:inputOutput or a multi-instance user task, When linted, Then engine-supported refuses each with the engine's own reason", async () => {
    for (const [what, xml] of Object.entries(UNSUPPORTED)) {
      const issues = await polkuIssues(xml, 'engine-supported');
      expect(
        issues.map((i) => `${i.category} ${i.id}`),
        what,
      ).to.deep.equal(['error task']);
    }
  });
});
