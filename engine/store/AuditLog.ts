/** Kept for imports of the old path: the interface lives in ports/accessLog.ts. */
export type * from './ports/accessLog.js';
