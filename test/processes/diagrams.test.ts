/** The shipped diagrams: they import cleanly with the Camunda extension, carry full DI, and match their specs. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { BpmnModdle } from 'bpmn-moddle';
import { listProcessFiles } from '../../processes/index.js';
import { toBpmnXml } from '../../processes/build/serialize.js';
import { PROCESS_SPECS } from '../../processes/specs/index.js';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json') as object;

interface El {
  $type: string;
  id: string;
  [k: string]: unknown;
}
interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function load(file: string) {
  const xml = readFileSync(file, 'utf8');
  const result = (await new BpmnModdle({ camunda }).fromXML(xml)) as { rootElement: El; warnings: unknown[] };
  const root = result.rootElement;
  const process = (root.rootElements as El[]).find((e) => e.$type === 'bpmn:Process') as El;
  const plane = ((root.diagrams as El[])[0].plane as El).planeElement as El[];
  const di = new Map(plane.map((p) => [(p.bpmnElement as El).id, p]));
  return {
    xml,
    warnings: result.warnings,
    process,
    di,
    nodes: (process.flowElements as El[]).filter((e) => e.$type !== 'bpmn:SequenceFlow'),
  };
}

const overlap = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('Process diagrams (processes/*.bpmn)', () => {
  it('Given the process files, When listed for start-up deployment, Then there are thirteen and called processes come before their callers', () => {
    const names = listProcessFiles().map((f) => basename(f, '.bpmn'));
    expect(names).to.have.length(13);
    const entries = ['entry-kainuu', 'entry-keski-suomi', 'entry-oulu-palo', 'entry-toike'].map((e) => ['work-ability-backbone', e]);
    for (const [caller, called] of [
      ['referral-trial', 'team-process'],
      ['referral-trial', 'consultation-hour'],
      ['referral-social-services', 'supported-employment'],
      ...entries,
      ['work-ability-backbone', 'oulu-palo-measures'],
    ]) {
      expect(names.indexOf(called), `${called} before ${caller}`).to.be.below(names.indexOf(caller));
    }
  });

  for (const file of listProcessFiles()) {
    const key = basename(file, '.bpmn');

    it(`Given ${key}.bpmn, When imported with bpmn-moddle and camunda-bpmn-moddle, Then there are no warnings and the process is executable with key ${key}`, async () => {
      const { xml, warnings, process } = await load(file);
      expect(warnings).to.deep.equal([]);
      expect(process).to.include({ id: key, isExecutable: true });
      expect(xml).to.contain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
      expect(xml).to.not.match(/language=|scriptTask/);
    });

    it(`Given ${key}.bpmn, When its diagram is read, Then every flow node has a shape, every flow an edge, and no two shapes overlap`, async () => {
      const { process, di, nodes } = await load(file);
      for (const el of process.flowElements as El[]) {
        const shape = di.get(el.id);
        expect(shape, `DI for ${el.id}`).to.not.equal(undefined);
        expect(shape?.$type).to.equal(el.$type === 'bpmn:SequenceFlow' ? 'bpmndi:BPMNEdge' : 'bpmndi:BPMNShape');
      }
      const placed = nodes.filter((n) => n.$type !== 'bpmn:BoundaryEvent').map((n) => ({ id: n.id, b: di.get(n.id)?.bounds as Bounds }));
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          expect(overlap(placed[i].b, placed[j].b), `${placed[i].id} overlaps ${placed[j].id}`).to.equal(false);
        }
      }
    });

    it(`Given ${key}.bpmn, When its lanes are read, Then every node lies inside the lane that holds it and lanes are stacked without overlap`, async () => {
      const { process, di, nodes } = await load(file);
      const lanes = ((process.laneSets as El[])[0].lanes as El[]).map((l) => ({ lane: l, b: di.get(l.id)?.bounds as Bounds }));
      for (let i = 1; i < lanes.length; i++) expect(lanes[i].b.y).to.equal(lanes[i - 1].b.y + lanes[i - 1].b.height);
      for (const node of nodes) {
        const holder = lanes.find((l) => ((l.lane.flowNodeRef as El[]) ?? []).some((r) => r.id === node.id));
        expect(holder, `lane of ${node.id}`).to.not.equal(undefined);
        const b = di.get(node.id)?.bounds as Bounds;
        expect(
          b.y >= (holder as { b: Bounds }).b.y && b.y + b.height <= holder!.b.y + holder!.b.height,
          `${node.id} inside its lane`,
        ).to.equal(true);
      }
    });

    it(`Given ${key}.bpmn, When its elements are read, Then each has a Finnish name and its English in documentation`, async () => {
      const { nodes } = await load(file);
      for (const node of nodes) {
        expect(node.name, `name of ${node.id}`).to.be.a('string').and.not.equal('');
        const docs = (node.documentation as El[] | undefined) ?? [];
        expect(docs.length, `documentation of ${node.id}`).to.be.greaterThan(0);
      }
    });
  }

  for (const file of listProcessFiles()) {
    it(`Given ${basename(file)}, When its tasks are read, Then every user and receive task has an expectedDuration for the stalled-path report`, async () => {
      const { nodes } = await load(file);
      for (const task of nodes.filter((n) => n.$type === 'bpmn:UserTask' || n.$type === 'bpmn:ReceiveTask')) {
        const holders = ((task.extensionElements as El | undefined)?.values as El[] | undefined) ?? [];
        const props = holders.flatMap((h) => (h.values as El[] | undefined) ?? []);
        expect(
          props.some((p) => p.name === 'expectedDuration'),
          `expectedDuration of ${task.id}`,
        ).to.equal(true);
      }
    });
  }

  for (const spec of PROCESS_SPECS) {
    it(`Given the spec of ${spec.key}, When serialised, Then processes/${spec.key}.bpmn is up to date (run processes/build/generate.ts)`, () => {
      const file = listProcessFiles().find((f) => basename(f) === `${spec.key}.bpmn`) as string;
      expect(readFileSync(file, 'utf8') === toBpmnXml(spec), `${spec.key}.bpmn differs from its spec`).to.equal(true);
    });
  }
});
