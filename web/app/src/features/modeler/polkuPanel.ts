/**
 * The properties panel's "Polku" group: the expected duration (a camunda:property, checked as
 * ISO 8601 and read out in plain words), the task's role from the known roles and its form from
 * the deployed forms. Selects only: an unknown role or form cannot be typed. The panel is Preact,
 * so the entries are built with its own `jsx` (WEB-STACK pitfall 5).
 */
import { isSelectEntryEdited, isTextFieldEntryEdited, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import { durationText, isIsoDuration } from './duration';

/** What the group offers: the known role ids and form keys (from the server), and its texts. */
export interface PolkuPanelConfig {
  roles: { id: string; label: string }[];
  forms: { key: string; label: string }[];
  language: 'fi' | 'en';
  texts: { group: string; duration: string; durationInvalid: string; role: string; form: string; none: string };
}

interface Moddle {
  $type: string;
  get(name: string): unknown;
  [key: string]: unknown;
}
interface Element {
  id: string;
  businessObject: Moddle;
}
interface Modeling {
  updateProperties(element: Element, props: Record<string, unknown>): void;
  updateModdleProperties(element: Element, target: Moddle, props: Record<string, unknown>): void;
}
interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): Moddle;
}

const FLOW_NODES = [
  'bpmn:UserTask',
  'bpmn:Task',
  'bpmn:ManualTask',
  'bpmn:SubProcess',
  'bpmn:CallActivity',
  'bpmn:IntermediateCatchEvent',
  'bpmn:ReceiveTask',
];

function camundaProperties(bo: Moddle): Moddle | undefined {
  const ext = bo.get('extensionElements') as Moddle | undefined;
  return ((ext?.get('values') as Moddle[] | undefined) ?? []).find((v) => v.$type === 'camunda:Properties');
}

/** The value of a camunda:property of the element, or ''. */
export function propertyOf(element: Element, name: string): string {
  const props = camundaProperties(element.businessObject);
  const prop = ((props?.get('values') as Moddle[] | undefined) ?? []).find((p) => p.name === name);
  return typeof prop?.value === 'string' ? prop.value : '';
}

/** Sets (or, with '', removes) a camunda:property, creating the extension elements it needs. */
function setProperty(element: Element, name: string, value: string, modeling: Modeling, factory: BpmnFactory): void {
  const bo = element.businessObject;
  let ext = bo.get('extensionElements') as Moddle | undefined;
  if (!ext) {
    if (!value) return;
    ext = factory.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = bo;
    modeling.updateProperties(element, { extensionElements: ext });
  }
  let props = camundaProperties(bo);
  if (!props) {
    if (!value) return;
    props = factory.create('camunda:Properties', { values: [] });
    props.$parent = ext;
    modeling.updateModdleProperties(element, ext, { values: [...(ext.get('values') as Moddle[]), props] });
  }
  const values = props.get('values') as Moddle[];
  const prop = values.find((p) => p.name === name);
  if (!value) {
    if (prop) modeling.updateModdleProperties(element, props, { values: values.filter((p) => p !== prop) });
  } else if (prop) {
    modeling.updateModdleProperties(element, prop, { value });
  } else {
    const created = factory.create('camunda:Property', { name, value });
    created.$parent = props;
    modeling.updateModdleProperties(element, props, { values: [...values, created] });
  }
}

function ExpectedDuration({ element, id, config }: { element: Element; id: string; config: PolkuPanelConfig }) {
  const modeling = useService<Modeling>('modeling');
  const factory = useService<BpmnFactory>('bpmnFactory');
  const debounce = useService<(fn: unknown) => unknown>('debounceInput');
  const value = propertyOf(element, 'expectedDuration');
  return jsx(TextFieldEntry, {
    element,
    id,
    label: config.texts.duration,
    description: value && isIsoDuration(value) ? durationText(value, config.language) : 'P14D, PT4H, P2W',
    debounce,
    getValue: () => propertyOf(element, 'expectedDuration'),
    setValue: (next: string) => setProperty(element, 'expectedDuration', (next ?? '').trim(), modeling, factory),
    validate: (next: string) => (next && !isIsoDuration(next.trim()) ? config.texts.durationInvalid : undefined),
  });
}

function Role({ element, id, config }: { element: Element; id: string; config: PolkuPanelConfig }) {
  const modeling = useService<Modeling>('modeling');
  return jsx(SelectEntry, {
    element,
    id,
    label: config.texts.role,
    getValue: () => (element.businessObject.get('camunda:candidateGroups') as string | undefined) ?? '',
    setValue: (next: string) => modeling.updateProperties(element, { 'camunda:candidateGroups': next || undefined }),
    getOptions: () => [{ value: '', label: config.texts.none }, ...config.roles.map((r) => ({ value: r.id, label: r.label }))],
  });
}

function FormKey({ element, id, config }: { element: Element; id: string; config: PolkuPanelConfig }) {
  const modeling = useService<Modeling>('modeling');
  return jsx(SelectEntry, {
    element,
    id,
    label: config.texts.form,
    getValue: () => (element.businessObject.get('camunda:formKey') as string | undefined) ?? '',
    setValue: (next: string) => modeling.updateProperties(element, { 'camunda:formKey': next || undefined }),
    getOptions: () => [{ value: '', label: config.texts.none }, ...config.forms.map((f) => ({ value: f.key, label: f.label }))],
  });
}

/** The panel provider (diagram-js service) that adds the Polku group after the Camunda groups. */
export function PolkuPropertiesProvider(
  this: unknown,
  propertiesPanel: { registerProvider(priority: number, provider: unknown): void },
  config: PolkuPanelConfig,
) {
  propertiesPanel.registerProvider(400, {
    getGroups(element: Element) {
      return (groups: unknown[]) => {
        const type = element.businessObject.$type;
        if (!FLOW_NODES.includes(type)) return groups;
        const entries: unknown[] = [
          { id: 'polku-expected-duration', component: ExpectedDuration, isEdited: isTextFieldEntryEdited, element, config },
        ];
        if (type === 'bpmn:UserTask') {
          entries.push(
            { id: 'polku-role', component: Role, isEdited: isSelectEntryEdited, element, config },
            { id: 'polku-form', component: FormKey, isEdited: isSelectEntryEdited, element, config },
          );
        }
        return [...groups, { id: 'polku', label: config.texts.group, entries }];
      };
    },
  });
}
PolkuPropertiesProvider.$inject = ['propertiesPanel', 'config.polku'];

/** The diagram-js module of the Polku group. */
export const PolkuPropertiesModule = {
  __init__: ['polkuPropertiesProvider'],
  polkuPropertiesProvider: ['type', PolkuPropertiesProvider],
};
