/** Placeholder until the demo paths are written: starts none. */
import type { PolkuEngineApi } from '../../engine/api.js';
import type { Store } from '../../engine/store/Store.js';
import type { Logger } from '../log.js';

/** Starts a few fictional client paths on an empty store; returns how many. */
export async function seedDemoPaths(_engine: PolkuEngineApi, _store: Store, _logger: Logger): Promise<number> {
  return 0;
}
