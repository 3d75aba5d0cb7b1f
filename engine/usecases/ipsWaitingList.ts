/**
 * The IPS caseloads and waiting list (DOMAIN §7): each coach's number of clients against the limit
 * of 20, and the clients waiting for a place by pseudonym, in arrival order, with how long they have
 * waited. When a place frees (a path ends, a coach joins) the client who has waited longest is given
 * the coach with the fewest clients: the place is taken in the store first, then the path is told
 * by the `ips-place-free` message with the coach's username.
 */
import { AppError } from '../errors.js';
import { caseloadsOf } from '../extensions/index.js';
import { note, requireCaseloadRole } from '../policy/index.js';
import { now, type Caller, type UseCaseDeps } from './context.js';
import { IPS } from './ipsRules.js';

export interface CoachCaseload {
  username: string;
  displayName: string;
  clients: number;
  /** Places left before the limit. */
  free: number;
}

export interface WaitingClient {
  /** 1 for the client who came first. */
  position: number;
  clientRef: string | null;
  /** When the client first came to the list. */
  since: string;
  /** Whole days waited so far. */
  waitedDays: number;
}

export interface IpsWaitingListView {
  limit: number;
  coaches: CoachCaseload[];
  waiting: WaitingClient[];
}

const WAITING = { processKey: IPS.processKey, messageName: IPS.placeFreeMessage, activityId: IPS.waitingActivity };

/** The coaches' caseloads and the waiting list, for job coaches, managers and process owners. */
export async function ipsWaitingList(deps: UseCaseDeps, caller: Caller): Promise<IpsWaitingListView> {
  requireCaseloadRole(caller);
  const at = now(deps).getTime();
  const coaches = (await caseloadsOf(deps.store, IPS.processKey, IPS.coachRole)).map((c) => ({
    ...c,
    free: Math.max(0, IPS.caseloadLimit - c.clients),
  }));
  const waiting = (await deps.store.listWaiting(WAITING)).map((w, i) => ({
    position: i + 1,
    clientRef: w.clientRef,
    since: w.since,
    waitedDays: w.since ? Math.max(0, Math.floor((at - Date.parse(w.since)) / 864e5)) : 0,
  }));
  return { limit: IPS.caseloadLimit, coaches, waiting };
}

/** One fill at a time in this process: two fills must not hand the same client two places. */
let filling: Promise<unknown> = Promise.resolve();

/**
 * Gives free places to waiting clients in arrival order, each to the coach with the fewest
 * clients; stops when no coach has a place. Returns the pseudonyms placed and their coaches.
 */
export async function fillFreedPlaces(
  deps: UseCaseDeps,
  by: Caller | null = null,
): Promise<{ placed: { clientRef: string | null; coach: string }[] }> {
  if (by) requireCaseloadRole(by);
  const run = filling.then(() => fillInOrder(deps, by));
  filling = run.catch(() => undefined);
  return run;
}

async function fillInOrder(deps: UseCaseDeps, by: Caller | null): Promise<{ placed: { clientRef: string | null; coach: string }[] }> {
  const placed: { clientRef: string | null; coach: string }[] = [];
  for (const entry of await deps.store.listWaiting(WAITING)) {
    let coach: string | null = null;
    for (const c of await caseloadsOf(deps.store, IPS.processKey, IPS.coachRole)) {
      if (c.clients >= IPS.caseloadLimit) break; // fewest first: the rest are full too
      const place = { instanceId: entry.instanceId, processKey: IPS.processKey, holder: c.username, takenAt: now(deps).toISOString() };
      if (await deps.store.takeCaseloadPlace(place, IPS.caseloadLimit)) {
        coach = c.username;
        break;
      }
    }
    if (!coach) break;
    const audit = by ? [note(by, null, 'ips-place', `a waiting client was given the coach ${coach}`)] : [];
    try {
      await deps.engine.deliverMessage(
        entry.instanceId,
        IPS.placeFreeMessage,
        { [IPS.coachField]: coach, [IPS.waitingField]: false },
        audit,
      );
    } catch (err) {
      await deps.store.releaseCaseloadPlace(entry.instanceId);
      // The client left the list meanwhile (the 14-day check fired): the next one gets the place.
      if (err instanceof AppError && err.code === 'not_found') continue;
      throw err;
    }
    placed.push({ clientRef: entry.clientRef, coach });
  }
  return { placed };
}
