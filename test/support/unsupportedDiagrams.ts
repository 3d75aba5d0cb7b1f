/** Diagrams with what the engine cannot run (issue 19, item 11), for the deployment and lint tests. */

/** A process start → the given task (id `task`) → end. */
export const around = (task: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://polku.example/test">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    ${task}
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" /><bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

/** Each unsupported construct around a task with id `task`. */
export const UNSUPPORTED = {
  'a service task with camunda:expression': around('<bpmn:serviceTask id="task" camunda:expression="${mailer.send()}" />'),
  'a service task with camunda:class': around('<bpmn:serviceTask id="task" camunda:class="fi.example.Mailer" />'),
  'a task with camunda:inputOutput': around(
    '<bpmn:userTask id="task" camunda:candidateGroups="nurse"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">1</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>',
  ),
  'a multi-instance user task': around(
    '<bpmn:userTask id="task" camunda:candidateGroups="nurse"><bpmn:multiInstanceLoopCharacteristics camunda:collection="=members" camunda:elementVariable="member" /></bpmn:userTask>',
  ),
};
