/**
 * A task that a timer interrupts was cancelled, not done (issue 19, item 10): its history row
 * says what cancelled it and by whom it was not done, so the path shows it as cancelled.
 */
import { expect } from 'chai';
import { completeOpen, daysFromNow, fixture, givenEngine, openTaskIds, type EngineFixture } from '../../support/engine.js';

const CALL_OR_LETTER = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://polku.example/test">
  <bpmn:process id="callOrLetter" isExecutable="true">
    <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
    <bpmn:userTask id="call" name="Soita asiakkaalle" camunda:candidateGroups="case-manager" />
    <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
    <bpmn:boundaryEvent id="noAnswer" name="Ei vastausta 3 päivässä" attachedToRef="call">
      <bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="noAnswer" targetRef="letter" />
    <bpmn:userTask id="letter" name="Lähetä kirje" camunda:candidateGroups="case-manager" />
    <bpmn:sequenceFlow id="f4" sourceRef="letter" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

describe('Feature: a task interrupted by a timer is recorded as cancelled, not done (issue 19, item 10)', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
  });
  afterEach(() => f.close());

  it('Given a call task with an interrupting 3-day timer, When the timer fires, Then the task row is cancelled and its history says cancelled by the timer, by nobody', async () => {
    await f.engine.deploy('call.bpmn', CALL_OR_LETTER);
    const i = await f.engine.startInstance({ processKey: 'callOrLetter' });
    expect(await f.engine.fireDueTimers(daysFromNow(4))).to.equal(1);
    expect(await openTaskIds(f.engine, i.id)).to.deep.equal(['letter']);
    const after = await f.engine.getInstance(i.id);
    const call = after.history.find((h) => h.activityId === 'call');
    expect(call).to.include({ cancelledBy: 'noAnswer', by: null });
    expect(call?.endedAt).to.be.a('string');
    expect(after.history.find((h) => h.activityId === 'noAnswer')).to.include({ cancelledBy: null });
    const { processInstance } = await completeOpen(f.engine, i.id, 'letter', 'case-manager');
    expect(processInstance.history.find((h) => h.activityId === 'letter')).to.include({ cancelledBy: null, by: 'demo-case-manager' });
  });

  it('Given a sub-process interrupted by its boundary timer, When it fires, Then the inner task is recorded as cancelled by that timer', async () => {
    await f.engine.deploy('events', fixture('events'));
    const i = await f.engine.startInstance({ processKey: 'events' });
    expect(await f.engine.fireDueTimers(daysFromNow(22))).to.equal(1);
    const history = (await f.engine.getInstance(i.id)).history;
    expect(history.find((h) => h.activityId === 'check')).to.include({ cancelledBy: 'late', by: null });
  });

  it('Given an open task, When the path is cancelled, Then its row is recorded as cancelled by the cancel', async () => {
    await f.engine.deploy('call.bpmn', CALL_OR_LETTER);
    const i = await f.engine.startInstance({ processKey: 'callOrLetter' });
    const cancelled = await f.engine.cancelInstance(i.id, 'owner-1');
    expect(cancelled.history.find((h) => h.activityId === 'call')).to.include({ cancelledBy: 'cancel' });
  });
});
