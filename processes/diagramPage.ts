/**
 * A self-contained HTML page that shows one BPMN diagram with bpmn-js's navigated viewer and
 * records the import result in `window.bpmnImport`: used by the browser test and the screenshots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The page for one diagram's XML. */
export function diagramPage(xml: string): string {
  const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
  const css = ['diagram-js.css', 'bpmn-js.css'].map((f) => readFileSync(require.resolve(`bpmn-js/dist/assets/${f}`), 'utf8')).join('\n');
  const fonts = readFileSync(require.resolve('bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}${fonts}
html,body,#canvas{margin:0;height:100%;background:#fff}</style></head>
<body><div id="canvas"></div><script>${viewer}</script><script>
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${JSON.stringify(xml)})
  .then((r) => { viewer.get('canvas').zoom('fit-viewport'); window.bpmnImport = { warnings: r.warnings.map((w) => w.message) }; })
  .catch((e) => { window.bpmnImport = { error: String(e.message || e) }; });
</script></body></html>`;
}
