/** Small BPMN files for the HTTP tests: a straight line of user tasks. */

export interface UserTaskSpec {
  id: string;
  name: string;
  role: string;
  formKey?: string;
  /** ISO 8601 duration, e.g. P14D. */
  expectedDuration?: string;
}

/** A process `key` running the user tasks in order, then ending. */
export function linearProcess(key: string, tasks: UserTaskSpec[]): string {
  const nodes = ['start', ...tasks.map((t) => t.id), 'end'];
  const flows = nodes.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${nodes[i]}" targetRef="${to}" />`);
  const userTasks = tasks.map((t) => {
    const attrs = `id="${t.id}" name="${t.name}" camunda:candidateGroups="${t.role}"${t.formKey ? ` camunda:formKey="${t.formKey}"` : ''}`;
    if (!t.expectedDuration) return `<bpmn:userTask ${attrs} />`;
    const property = `<camunda:property name="expectedDuration" value="${t.expectedDuration}" />`;
    return `<bpmn:userTask ${attrs}><bpmn:extensionElements><camunda:properties>${property}</camunda:properties></bpmn:extensionElements></bpmn:userTask>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-${key}" targetNamespace="http://polku.example/test">
  <bpmn:process id="${key}" name="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    ${userTasks.join('\n    ')}
    <bpmn:endEvent id="end" />
    ${flows.join('\n    ')}
  </bpmn:process>
</bpmn:definitions>`;
}

/** A BPMN file with a DOCTYPE declaring an external entity (XXE). */
export const XXE_BPMN = `<?xml version="1.0"?>
<!DOCTYPE bpmn:definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="xxe" isExecutable="true"><bpmn:startEvent id="s" name="&xxe;" /></bpmn:process>
</bpmn:definitions>`;
