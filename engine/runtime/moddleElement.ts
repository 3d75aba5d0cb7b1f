/** An element of a BPMN model as bpmn-moddle reads it: its type, id, name and whatever else it carries. */
export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}
