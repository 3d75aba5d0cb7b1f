import { expect } from 'chai';
import type { PolkuEngineApi } from '../../../engine/api.js';
import { completeOpen, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

async function refusal(engine: PolkuEngineApi, xml: string) {
  try {
    await engine.deploy('bad', xml);
  } catch (err) {
    return err as { code: string; status: number; details: { path: string; message: string }[] };
  }
  throw new Error('the deployment was accepted');
}

const wrap = (body: string) => `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://polku.test">${body}</bpmn:definitions>`;

describe('Feature: versioned deployments', () => {
  let f: EngineFixture;
  beforeEach(async () => (f = await givenEngine({ lint: false })));
  afterEach(() => f.close());

  it('Scenario: identical XML again creates no new version; changed XML does', async () => {
    const [v1] = await f.engine.deploy('v', fixture('versioned-v1'));
    const [again] = await f.engine.deploy('v', fixture('versioned-v1'));
    expect(again).to.deep.equal(v1);
    const [v2] = await f.engine.deploy('v', fixture('versioned-v2'));
    expect([v1.version, v2.version]).to.deep.equal([1, 2]);
    const [v3] = await f.engine.deploy('v', fixture('versioned-v1'));
    expect(v3.version).to.equal(3);
    expect((await f.engine.listDefinitions()).map((d) => d.version)).to.deep.equal([3]);
    expect(await f.engine.listDefinitions(true)).to.have.length(3);
    expect(await f.engine.getDefinitionXml('versioned', 2)).to.contain('newStep');
  });

  it('Scenario: running instances keep their version. Given an instance on v1, When v2 is deployed, Then it continues on v1 and new ones start on v2', async () => {
    await f.engine.deploy('v', fixture('versioned-v1'));
    const old = await f.engine.startInstance({ processKey: 'versioned' });
    await f.engine.deploy('v', fixture('versioned-v2'));
    const fresh = await f.engine.startInstance({ processKey: 'versioned' });
    const pinned = await f.engine.startInstance({ processKey: 'versioned', version: 1 });
    expect([old.version, fresh.version, pinned.version]).to.deep.equal([1, 2, 1]);
    expect(await openTaskIds(f.engine, old.id)).to.deep.equal(['oldStep']);
    expect(await openTaskIds(f.engine, fresh.id)).to.deep.equal(['newStep']);
    const { processInstance } = await completeOpen(f.engine, old.id, 'oldStep', 'nurse');
    expect(processInstance.state).to.equal('completed');
  });

  it('Scenario: a script task is refused at deployment with its element id', async () => {
    const err = await refusal(f.engine, fixture('script-task'));
    expect(err.code).to.equal('invalid_bpmn');
    expect(err.details.map((d) => d.path)).to.include('#evil');
    expect(await f.engine.listDefinitions(true)).to.have.length(0);
  });

  it('Scenario: a script condition (language=) is refused with the flow id', async () => {
    const err = await refusal(f.engine, fixture('script-condition'));
    expect(err.details.map((d) => d.path)).to.include('#jsFlow');
  });

  it('Scenario: XML with a DOCTYPE and entities is refused and never expanded', async () => {
    const xxe =
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + wrap('').replace('<?xml version="1.0"?>', '');
    const err = await refusal(f.engine, xxe);
    expect(err.code).to.equal('invalid_bpmn');
    expect(JSON.stringify(err)).to.not.contain('root:');
  });

  it('Scenario: malformed XML is refused', async () => {
    const err = await refusal(f.engine, '<bpmn:definitions><unclosed>');
    expect(err.code).to.equal('invalid_bpmn');
  });

  it('Scenario: a diagram with no executable process is refused', async () => {
    const err = await refusal(f.engine, wrap('<bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s"/></bpmn:process>'));
    expect(err.details[0].message).to.contain('no executable process');
  });

  it('Scenario: a call activity to a process that is not deployed is refused', async () => {
    const err = await refusal(
      f.engine,
      wrap(`<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="c"/>
        <bpmn:callActivity id="c" calledElement="nowhere"/></bpmn:process>`),
    );
    expect(err.details).to.deep.include({ path: '#c', message: 'calledElement "nowhere" is not deployed' });
  });

  it('Scenario: a FEEL condition that does not parse is refused with the flow id', async () => {
    const err = await refusal(
      f.engine,
      wrap(`<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="bad" sourceRef="s" targetRef="e">
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=route = = (</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:endEvent id="e"/></bpmn:process>`),
    );
    expect(err.details.map((d) => d.path)).to.include('#bad');
  });

  it('Scenario: a condition that is not FEEL (no leading =) is refused', async () => {
    const err = await refusal(
      f.engine,
      wrap(`<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="tpl" sourceRef="s" targetRef="e">
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${environment.variables.x}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:endEvent id="e"/></bpmn:process>`),
    );
    expect(err.details.map((d) => d.path)).to.include('#tpl');
  });

  it('Scenario: a timer with an invalid ISO duration is refused with the event id', async () => {
    const err = await refusal(
      f.engine,
      wrap(`<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
        <bpmn:intermediateCatchEvent id="t"><bpmn:timerEventDefinition><bpmn:timeDuration>P1X</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent></bpmn:process>`),
    );
    expect(err.details.map((d) => d.path)).to.include('#t');
  });
});
