// bpmn-moddle 10 ships its types under a subpath export that NodeNext resolution does not pick up.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, object>, options?: object);
    fromXML(xml: string, typeName?: string, options?: object): Promise<unknown>;
  }
}
