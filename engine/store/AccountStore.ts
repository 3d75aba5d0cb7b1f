/** Kept for imports of the old path: the interface lives in ports/accounts.ts. */
export type * from './ports/accounts.js';
