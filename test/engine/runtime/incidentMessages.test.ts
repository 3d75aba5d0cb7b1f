/**
 * Incident messages are read by process owners and the operations role, and are shown in the
 * app: they name the element and the expression that failed, never the value it read (a
 * henkilötunnus, a birth date or anything else a client's form gave).
 */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../../support/engine.js';

const bpmn = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://polku.example/test">
  <bpmn:process id="leaky" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

const TIMER_FROM_DATA = bpmn(`
  <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
  <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="waitTimer"><bpmn:timeDuration>=followUp</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
  <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" /><bpmn:endEvent id="end" />`);

const TIMER_DATE_FROM_DATA = bpmn(`
  <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
  <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="waitTimer"><bpmn:timeDate>=birth</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
  <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" /><bpmn:endEvent id="end" />`);

describe('Feature: incident messages carry no client data (issue 19, item 9)', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
  });
  afterEach(() => f.close());

  it('Given a timer whose duration comes from a form field, When the field holds a henkilötunnus, Then the incident names the element and the expression only, not the value', async () => {
    await f.engine.deploy('leaky', TIMER_FROM_DATA);
    const i = await f.engine.startInstance({ processKey: 'leaky', variables: { followUp: 'PM[a] 010190-123A' } });
    expect(i.state).to.equal('failed');
    expect(i.incident?.activityId).to.equal('wait');
    const message = i.incident?.message ?? '';
    expect(message).to.include('wait').and.include('timeDuration');
    for (const leak of ['PM', '010190', '123A', '[a]']) expect(message, message).not.to.include(leak);
  });

  it('Given a timer date from a birth date, When it is not a date, Then the incident message is generic and holds no part of the value', async () => {
    await f.engine.deploy('leaky', TIMER_DATE_FROM_DATA);
    const i = await f.engine.startInstance({ processKey: 'leaky', variables: { birth: '1990-01-01 Maija 010190-123A' } });
    expect(i.state).to.equal('failed');
    const message = i.incident?.message ?? '';
    expect(message).to.include('wait').and.include('timeDate');
    for (const leak of ['1990', 'Maija', '010190']) expect(message, message).not.to.include(leak);
  });
});
