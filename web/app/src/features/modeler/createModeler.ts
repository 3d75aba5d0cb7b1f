/**
 * The modeler and everything it brings (properties panel with the Camunda 7 provider, Camunda
 * behaviors, bpmnlint, token simulation, the Polku group): this module is the lazy chunk that
 * only the modeler page loads (WEB-STACK pitfall 9).
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import TokenSimulationModule from 'bpmn-js-token-simulation';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import { PolkuPropertiesModule, type PolkuPanelConfig } from './polkuPanel';
import { polkuLintBundle } from './polkuLint';
import { translateModule } from './translate';

/** The parts of the modeler the page uses. */
export interface PolkuModeler {
  importXML(xml: string): Promise<{ warnings: { message?: string }[] }>;
  /** Shows another diagram (pool, process) of the imported file. */
  open(diagramId: string): Promise<{ warnings: unknown[] }>;
  /** The imported file's moddle definitions. */
  getDefinitions(): unknown;
  saveXML(options: { format: boolean }): Promise<{ xml?: string }>;
  saveSVG(): Promise<{ svg: string }>;
  get<T>(name: string): T;
  on(event: string, callback: (event: unknown) => void): void;
  destroy(): void;
}

/** A modeler in `container` with its properties panel in `panel`. */
export function createModeler(container: HTMLElement, panel: HTMLElement, polku: PolkuPanelConfig): PolkuModeler {
  return new Modeler({
    container,
    propertiesPanel: { parent: panel },
    linting: {
      bpmnlint: polkuLintBundle(
        polku.roles.map((r) => r.id),
        polku.forms.map((f) => f.key),
      ),
      active: true,
    },
    polku,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      lintModule,
      TokenSimulationModule,
      PolkuPropertiesModule,
      translateModule(polku.language),
    ],
    moddleExtensions: { camunda: camundaModdle },
  } as never) as unknown as PolkuModeler;
}
