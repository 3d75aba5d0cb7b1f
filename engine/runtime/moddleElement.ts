/**
 * The parsed BPMN model's shapes, apart from the parser, so that the deployment checks run in the
 * browser (the modeler's lint) as well as on the server.
 */

/** An element of a BPMN model as bpmn-moddle reads it: its type, id, name and whatever else it carries. */
export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

/** A parsed BPMN file: its definitions, elements by id, references and the parser's warnings. */
export interface ModdleContext {
  rootElement: ModdleElement & { rootElements?: ModdleElement[] };
  elementsById: Record<string, ModdleElement>;
  references: unknown[];
  warnings: { message: string; element?: ModdleElement }[];
}
