/** Diagram coordinates: lanes stacked top to bottom, nodes on a column/row grid inside their lane. */
import type { FlowSpec, NodeSpec, ProcessSpec } from './spec.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

const POOL_X = 100;
const POOL_Y = 80;
const HEADER = 30;
const COL_W = 150;
const ROW_H = 120;
const FIRST_COL = POOL_X + HEADER + 80;

const SIZES: Record<string, [number, number]> = {
  user: [100, 80],
  call: [100, 80],
  receive: [100, 80],
  send: [100, 80],
  xor: [50, 50],
  or: [50, 50],
  and: [50, 50],
};

/** The size of a node's shape. */
export function sizeOf(node: NodeSpec): [number, number] {
  return SIZES[node.kind] ?? [36, 36];
}

export interface Layout {
  pool: Box;
  lanes: Map<string, Box>;
  shapes: Map<string, Box>;
  centre: (laneId: string, row: number) => number;
}

/** Places the pool, its lanes and every node of the process. */
export function layoutProcess(spec: ProcessSpec): Layout {
  const maxCol = Math.max(...spec.nodes.map((n) => n.col));
  const width = HEADER + (maxCol + 1) * COL_W + 80;
  const lanes = new Map<string, Box>();
  let y = POOL_Y;
  for (const lane of spec.lanes) {
    const height = lane.rows * ROW_H + 20;
    lanes.set(lane.id, { x: POOL_X + HEADER, y, width: width - HEADER, height });
    y += height;
  }
  const pool = { x: POOL_X, y: POOL_Y, width, height: y - POOL_Y };
  const centre = (laneId: string, row: number) => {
    const lane = lanes.get(laneId);
    if (!lane) throw new Error(`unknown lane ${laneId}`);
    return lane.y + 10 + row * ROW_H + ROW_H / 2;
  };
  const shapes = new Map<string, Box>();
  for (const node of spec.nodes.filter((n) => n.kind !== 'boundaryTimer')) {
    const [w, h] = sizeOf(node);
    const cx = FIRST_COL + node.col * COL_W;
    const cy = centre(node.lane, node.row ?? 0);
    shapes.set(node.id, { x: cx - w / 2, y: cy - h / 2, width: w, height: h });
  }
  for (const node of spec.nodes.filter((n) => n.kind === 'boundaryTimer')) {
    const host = shapes.get(node.attachedTo ?? '');
    if (!host) throw new Error(`boundary ${node.id} has no host`);
    shapes.set(node.id, { x: host.x + host.width - 48, y: host.y + host.height - 18, width: 36, height: 36 });
  }
  return { pool, lanes, shapes, centre };
}

const mid = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The waypoints of a sequence flow between two placed shapes. */
export function waypointsOf(flow: FlowSpec, layout: Layout, boundary: boolean): Point[] {
  const s = layout.shapes.get(flow.from);
  const t = layout.shapes.get(flow.to);
  if (!s || !t) throw new Error(`flow ${flow.id} joins unknown shapes`);
  const sc = mid(s);
  const tc = mid(t);
  const route = flow.route ?? 'auto';
  const sideOfS = (toY: number): Point => (toY < sc.y ? { x: sc.x, y: s.y } : { x: sc.x, y: s.y + s.height });
  const sideOfT = (fromY: number): Point => (fromY < tc.y ? { x: tc.x, y: t.y } : { x: tc.x, y: t.y + t.height });
  if (typeof route === 'object') {
    const y = layout.centre(route.loop.lane, route.loop.row);
    return [sideOfS(y), { x: sc.x, y }, { x: tc.x, y }, sideOfT(y)];
  }
  const left = { x: t.x, y: tc.y };
  const right = { x: s.x + s.width, y: sc.y };
  if (!boundary && sc.y === tc.y) return [right, left];
  if (route === 'hv') return [right, { x: tc.x, y: sc.y }, sideOfT(sc.y)];
  if (boundary && Math.abs(tc.x - sc.x) < t.width / 2)
    return [
      { x: sc.x, y: s.y + s.height },
      { x: sc.x, y: t.y },
    ];
  const start = boundary ? { x: sc.x, y: s.y + s.height } : sideOfS(tc.y);
  return [start, { x: sc.x, y: tc.y }, left];
}
