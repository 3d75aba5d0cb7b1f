/** What the regional process specs share: the lane helper and the workers who coordinate a regional path. */
import type { LaneSpec } from '../build/spec.js';

/** The roles that coordinate a regional path or act as the client's own worker. */
export const WORKERS = 'case-manager,work-ability-coordinator,social-worker';

/** A lane of a regional process: id, Finnish name, English meaning, the role it holds, its rows. */
export const lane = (id: string, name: string, en: string, role: string, rows = 1): LaneSpec => ({ id, name, en, role, rows });
