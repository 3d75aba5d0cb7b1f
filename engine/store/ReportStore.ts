/** Kept for imports of the old path: the interface lives in ports/reports.ts. */
export * from './ports/reports.js';
