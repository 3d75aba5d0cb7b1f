/**
 * An engine process for the shared-store timer test: says `ready`, waits for `go` on stdin (so
 * both processes start together), then fires due timers at `now` until none is left, printing
 * every timer it claimed and how many it fired.
 *   claimChild <db> <nowIso>
 */
import { createEngine } from '../../../engine/index.js';
import { createSqliteStore } from '../../../engine/store/sqlite/index.js';

const [file, nowIso] = process.argv.slice(2);
const store = await createSqliteStore(file);
const claim = store.claimDueTimers.bind(store);
const claimed: string[] = [];
store.claimDueTimers = async (...args) => {
  const taken = await claim(...args);
  claimed.push(...taken.map((t) => t.id));
  return taken;
};
const engine = await createEngine({ store, lint: false });
process.stdout.write('ready\n');
await new Promise((r) => process.stdin.once('data', r));
process.stdin.pause();
let fired = 0;
for (;;) {
  const n = await engine.fireDueTimers(new Date(nowIso));
  fired += n;
  if (n === 0 && (await store.listDueTimers(nowIso, 1)).length === 0) break;
}
await engine.close();
process.stdout.write(JSON.stringify({ claimed, fired }) + '\n');
