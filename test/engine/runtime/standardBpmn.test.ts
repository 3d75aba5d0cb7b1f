/**
 * Standard BPMN from outside (issue 19, item 12): FEEL declared with its standard language URI
 * runs as FEEL; XPath is refused as an unsupported expression language, not as a script; a file
 * whose header says ISO-8859-1 is read (the XML arrives as text) and refused only for a real
 * blocker; references the engine does not need (a vendor's, the diagram layout's) only warn.
 */
import { expect } from 'chai';
import { AppError } from '../../../engine/errors.js';
import { lintBpmnXml } from '../../../processes/lint/index.js';
import { completeOpen, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

const FEEL_URI = 'https://www.omg.org/spec/DMN/20191111/FEEL/';
const XPATH_URI = 'http://www.w3.org/1999/XPath';

const routed = (language: string, body: string, header = '<?xml version="1.0" encoding="UTF-8"?>', extra = '') => `${header}
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://polku.example/test">
  <bpmn:process id="routed" name="Ohjaus" isExecutable="true">
    <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toChoose" sourceRef="start" targetRef="choose" />
    <bpmn:exclusiveGateway id="choose" default="toOther" />
    <bpmn:sequenceFlow id="toTeam" sourceRef="choose" targetRef="team"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="${language}">${body}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toOther" sourceRef="choose" targetRef="other" />
    <bpmn:userTask id="team" name="Tiimin käsittely" camunda:candidateGroups="case-manager" /><bpmn:sequenceFlow id="teamDone" sourceRef="team" targetRef="end" />
    <bpmn:userTask id="other" name="Muu käsittely" camunda:candidateGroups="case-manager" /><bpmn:sequenceFlow id="otherDone" sourceRef="other" targetRef="end" />
    <bpmn:endEvent id="end" />${extra}
  </bpmn:process>
</bpmn:definitions>`;

async function refusal(f: EngineFixture, xml: string): Promise<AppError> {
  try {
    await f.engine.deploy('outside.bpmn', xml);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('deployed');
}

describe('Feature: standard BPMN from outside runs or is refused for the real reason (issue 19, item 12)', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
  });
  afterEach(() => f.close());

  it('Given a condition in FEEL declared with the standard language URI and no "=", When deployed and run, Then it is accepted and routes by the FEEL value', async () => {
    await f.engine.deploy('feel.bpmn', routed(FEEL_URI, 'route = &quot;team&quot;'));
    const team = await f.engine.startInstance({ processKey: 'routed', variables: { route: 'team' } });
    expect(await openTaskIds(f.engine, team.id)).to.deep.equal(['team']);
    const other = await f.engine.startInstance({ processKey: 'routed', variables: { route: 'elsewhere' } });
    expect(await openTaskIds(f.engine, other.id)).to.deep.equal(['other']);
    expect((await completeOpen(f.engine, team.id, 'team', 'case-manager')).processInstance.state).to.equal('completed');
  });

  it('Given the same FEEL-URI condition, When linted, Then no rule calls it a script', async () => {
    const issues = (await lintBpmnXml(routed(FEEL_URI, 'route = &quot;team&quot;'))).filter((i) => /script|language/i.test(i.message));
    expect(issues).to.deep.equal([]);
  });

  it('Given a condition in XPath, When deployed or linted, Then it is refused as "expression language not supported", not as a script', async () => {
    const xml = routed(XPATH_URI, "route = 'team'");
    const err = await refusal(f, xml);
    expect(err.details?.map((d) => d.message)).to.include('expression language not supported (XPath): write the expression in FEEL');
    expect(JSON.stringify(err.details)).not.to.match(/script/i);
    const lint = (await lintBpmnXml(xml)).filter((i) => i.rule.endsWith('no-scripts'));
    expect(lint.map((i) => i.message)).to.deep.equal(['expression language not supported (XPath): write the expression in FEEL']);
  });

  it('Given a file whose header says encoding="ISO-8859-1", When deployed, Then it is read with its Finnish names and runs', async () => {
    await f.engine.deploy('latin1.bpmn', routed(FEEL_URI, 'route = &quot;team&quot;', '<?xml version="1.0" encoding="ISO-8859-1"?>'));
    const i = await f.engine.startInstance({ processKey: 'routed', variables: { route: 'team' } });
    const [task] = await f.engine.listTasks({ processInstanceId: i.id });
    expect(task?.name).to.equal('Tiimin käsittely');
    const lint = (await lintBpmnXml(routed(FEEL_URI, 'x', '<?xml version="1.0" encoding="ISO-8859-1"?>'))).filter(
      (l) => l.rule === 'xml-import',
    );
    expect(lint).to.deep.equal([]);
  });

  it('Given an ISO-8859-1 file with a flow to a missing element, When deployed, Then the real blocker is named, not the encoding', async () => {
    const broken = routed(
      FEEL_URI,
      'x',
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<bpmn:sequenceFlow id="lost" sourceRef="other" targetRef="nowhere" />',
    );
    const err = await refusal(f, broken);
    expect(err.details).to.deep.equal([{ path: '#lost', message: 'unresolved reference <nowhere>' }]);
  });

  it('Given a layout shape and a vendor reference to elements that do not exist, When deployed, Then they are warnings and the process deploys', async () => {
    const layout = `<bpmndi:BPMNDiagram id="di"><bpmndi:BPMNPlane id="plane" bpmnElement="routed"><bpmndi:BPMNShape id="ghost_di" bpmnElement="ghost"><dc:Bounds x="0" y="0" width="10" height="10" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
    const xml = routed(FEEL_URI, 'x').replace('</bpmn:definitions>', `${layout}</bpmn:definitions>`);
    expect((await f.engine.deploy('vendor.bpmn', xml)).map((d) => d.processKey)).to.deep.equal(['routed']);
    const lint = (await lintBpmnXml(xml)).filter((l) => l.rule === 'xml-import');
    expect(lint.map((l) => l.category)).to.deep.equal(['warn']);
  });
});
