/** The runaway shapes of issue 19 (item 6) as BPMN, for the budget tests and the bench. */

const head = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://polku.example/test">`;

const wrap = (key: string, body: string) =>
  `${head}<bpmn:process id="${key}" isExecutable="true" camunda:candidateStarterGroups="case-manager">${body}</bpmn:process></bpmn:definitions>`;

/** A timer of `duration` in a loop back to itself through a gateway. */
export function timerLoop(key: string, duration: string): string {
  return wrap(
    key,
    `<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toMerge" sourceRef="start" targetRef="merge" />
  <bpmn:exclusiveGateway id="merge" /><bpmn:sequenceFlow id="toWait" sourceRef="merge" targetRef="wait" />
  <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="waitTimer"><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
  <bpmn:sequenceFlow id="back" sourceRef="wait" targetRef="merge" />`,
  );
}

/** A flow cycle with no wait state in it: start → a → b → a → … */
export function noWaitCycle(key: string): string {
  return wrap(
    key,
    `<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toA" sourceRef="start" targetRef="a" />
  <bpmn:exclusiveGateway id="a" /><bpmn:sequenceFlow id="aToB" sourceRef="a" targetRef="b" />
  <bpmn:task id="b" /><bpmn:sequenceFlow id="bToA" sourceRef="b" targetRef="a" />`,
  );
}

/** A parallel split into `branches` tasks joined again. */
export function parallelSplit(key: string, branches: number): string {
  const parts: string[] = [
    `<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toSplit" sourceRef="start" targetRef="split" /><bpmn:parallelGateway id="split" />`,
    `<bpmn:parallelGateway id="join" /><bpmn:sequenceFlow id="toEnd" sourceRef="join" targetRef="end" /><bpmn:endEvent id="end" />`,
  ];
  for (let i = 0; i < branches; i++) {
    parts.push(
      `<bpmn:sequenceFlow id="s${i}" sourceRef="split" targetRef="t${i}" /><bpmn:task id="t${i}" name="Haara ${i}" /><bpmn:sequenceFlow id="j${i}" sourceRef="t${i}" targetRef="join" />`,
    );
  }
  return wrap(key, parts.join('\n'));
}

/** A boundary-less timer with a repeating cycle `cycle` (R/PT0.001S, say) before a user task. */
export function cycleTimer(key: string, cycle: string): string {
  return wrap(
    key,
    `<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toWork" sourceRef="start" targetRef="work" />
  <bpmn:userTask id="work" camunda:candidateGroups="case-manager" /><bpmn:sequenceFlow id="toEnd" sourceRef="work" targetRef="end" /><bpmn:endEvent id="end" />
  <bpmn:boundaryEvent id="tick" attachedToRef="work" cancelActivity="false"><bpmn:timerEventDefinition id="tickTimer"><bpmn:timeCycle>${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
  <bpmn:sequenceFlow id="toNote" sourceRef="tick" targetRef="note" /><bpmn:task id="note" /><bpmn:sequenceFlow id="toNoted" sourceRef="note" targetRef="noted" /><bpmn:endEvent id="noted" />`,
  );
}
