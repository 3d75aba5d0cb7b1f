/**
 * The pilot features' storage in PostgreSQL: drafts, team meeting bookings, caseload places and
 * waiting lists, employer contacts and the supported-employment figures. Each write that must be
 * atomic runs in the transaction the store hands in.
 */
import type pg from 'pg';
import type {
  CaseloadPlace,
  DraftRecord,
  EmployerContactRecord,
  EmployerContactWeek,
  IpsFigureRow,
  MeetingBookingRecord,
  MeetingBookingRow,
  MeetingParty,
  WaitingEntry,
  WaitingQuery,
} from '../Store.js';
import { all, one, type Queryable } from './pool.js';

/** Replaces the user's draft when the task is open, in one statement so a completion cannot slip in between. */
export async function saveDraft(db: Queryable, d: DraftRecord): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO drafts (task_id, user_id, data, saved_at)
     SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM tasks WHERE id = $1 AND state = 'open')
     ON CONFLICT (task_id, user_id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
    [d.taskId, d.userId, JSON.stringify(d.data), d.savedAt],
  );
  return res.rowCount === 1;
}

/** The user's draft of the task, or null. */
export async function getDraft(db: Queryable, taskId: string, userId: string): Promise<DraftRecord | null> {
  const r = await one(db, 'SELECT data, saved_at FROM drafts WHERE task_id = @taskId AND user_id = @userId', { taskId, userId });
  return r ? { taskId, userId, data: JSON.parse(r.data as string) as Record<string, unknown>, savedAt: r.saved_at as string } : null;
}

/** Books the slot for the instance (its own later bookings go first); true when it holds the slot afterwards. */
export async function bookMeetingSlot(c: pg.PoolClient, b: MeetingBookingRecord): Promise<boolean> {
  await c.query('DELETE FROM meeting_bookings WHERE instance_id = $1 AND slot >= $2 AND slot <> $3', [b.instanceId, b.bookedAt, b.slot]);
  await c.query(
    `INSERT INTO meeting_bookings (slot, instance_id, booked_at, parties, confirmed) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slot) DO UPDATE SET parties = COALESCE(excluded.parties, meeting_bookings.parties), confirmed = excluded.confirmed
     WHERE meeting_bookings.instance_id = excluded.instance_id`,
    [b.slot, b.instanceId, b.bookedAt, b.parties ? JSON.stringify(b.parties) : null, b.confirmed === null ? null : Number(b.confirmed)],
  );
  const holder = await one(c, 'SELECT instance_id FROM meeting_bookings WHERE slot = @slot', { slot: b.slot });
  return holder?.instance_id === b.instanceId;
}

/** Bookings with from <= slot < to, by slot, joined to their paths in the same query. */
export async function listMeetingBookings(db: Queryable, from: string, to: string): Promise<MeetingBookingRow[]> {
  const found = await all(
    db,
    `SELECT m.slot, m.instance_id, m.booked_at, m.parties, m.confirmed, i.id, i.client_ref, i.state, i.variables
     FROM meeting_bookings m LEFT JOIN instances i ON i.id = m.instance_id
     WHERE m.slot >= @from AND m.slot < @to ORDER BY m.slot`,
    { from, to },
  );
  return found.map((r) => ({
    slot: r.slot as string,
    instanceId: r.instance_id as string,
    bookedAt: r.booked_at as string,
    parties: r.parties ? (JSON.parse(r.parties as string) as MeetingParty[]) : [],
    confirmed: r.confirmed === null ? null : Number(r.confirmed) === 1,
    path:
      r.id === null
        ? null
        : {
            id: r.id as string,
            clientRef: r.client_ref as string | null,
            state: r.state as NonNullable<MeetingBookingRow['path']>['state'],
            variables: JSON.parse((r.variables as string | null) ?? '{}') as Record<string, unknown>,
          },
  }));
}

/**
 * Drops the holder's places of ended paths, counts the others and takes the place when below the
 * limit. The holder's row lock (an advisory transaction lock on the holder) serialises racing
 * takers across processes, so the limit holds.
 */
export async function takeCaseloadPlace(c: pg.PoolClient, p: CaseloadPlace, limit: number): Promise<boolean> {
  await c.query(`SELECT pg_advisory_xact_lock(hashtext('polku-caseload:' || $1::text || ':' || $2::text))`, [p.processKey, p.holder]);
  await c.query(
    `DELETE FROM caseload_places WHERE process_key = $1 AND holder = $2
       AND instance_id NOT IN (SELECT id FROM instances WHERE state = 'running')`,
    [p.processKey, p.holder],
  );
  const { n } = (await one(
    c,
    `SELECT COUNT(*) AS n FROM caseload_places cp JOIN instances i ON i.id = cp.instance_id
     WHERE cp.process_key = @processKey AND cp.holder = @holder AND cp.instance_id <> @instanceId AND i.state = 'running'`,
    { processKey: p.processKey, holder: p.holder, instanceId: p.instanceId },
  ))!;
  if (Number(n) >= limit) return false;
  await c.query(
    `INSERT INTO caseload_places (instance_id, process_key, holder, taken_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (instance_id) DO UPDATE SET process_key = excluded.process_key, holder = excluded.holder, taken_at = excluded.taken_at
     WHERE caseload_places.holder <> excluded.holder`,
    [p.instanceId, p.processKey, p.holder, p.takenAt],
  );
  return true;
}

/** Running paths per holder among `holders`; a holder with none is 0. */
export async function countCaseloads(db: Queryable, processKey: string, holders: string[]): Promise<Map<string, number>> {
  const counts = new Map(holders.map((h) => [h, 0]));
  if (!holders.length) return counts;
  const found = await all(
    db,
    `SELECT cp.holder, COUNT(*) AS n FROM caseload_places cp JOIN instances i ON i.id = cp.instance_id
     WHERE cp.process_key = @processKey AND cp.holder = ANY(@holders) AND i.state = 'running' GROUP BY cp.holder`,
    { processKey, holders },
  );
  for (const r of found) counts.set(r.holder as string, Number(r.n));
  return counts;
}

/** Running paths waiting for the message, by when they first entered the waiting activity, then id. */
export async function listWaiting(db: Queryable, q: WaitingQuery): Promise<WaitingEntry[]> {
  const found = await all(
    db,
    `SELECT i.id, i.client_ref,
            (SELECT MIN(h.started_at) FROM history h WHERE h.instance_id = i.id AND h.activity_id = @activityId) AS since
       FROM instances i
      WHERE i.process_key = @processKey AND i.state = 'running'
        AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.instance_id = i.id AND s.message_name = @messageName)
      ORDER BY since NULLS FIRST, i.id`,
    { activityId: q.activityId, messageName: q.messageName, processKey: q.processKey },
  );
  return found.map((r) => ({
    instanceId: r.id as string,
    clientRef: r.client_ref as string | null,
    since: (r.since as string | null) ?? '',
  }));
}

/** Stores one day's employer contacts of a coach. */
export async function recordEmployerContacts(db: Queryable, r: EmployerContactRecord): Promise<void> {
  await db.query(
    'INSERT INTO employer_contacts (id, coach, contacted_on, iso_week, employers, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [r.id, r.coach, r.contactedOn, r.isoWeek, r.employers, r.recordedAt],
  );
}

/** Employers contacted per coach and ISO week in the range, summed by the database. */
export async function employerContactWeeks(db: Queryable, fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]> {
  const found = await all(
    db,
    `SELECT coach, iso_week, SUM(employers) AS employers FROM employer_contacts
     WHERE iso_week >= @fromWeek AND iso_week <= @toWeek GROUP BY iso_week, coach ORDER BY iso_week, coach`,
    { fromWeek, toWeek },
  );
  return found.map((r) => ({ coach: r.coach as string, isoWeek: r.iso_week as string, employers: Number(r.employers) }));
}

/** Supported-employment figures: one grouped query, the JSON read in the database. */
export async function ipsFigures(db: Queryable): Promise<IpsFigureRow[]> {
  const found = await all(
    db,
    `SELECT * FROM (
     SELECT i.variables::jsonb ->> 'municipality' AS municipality, i.variables::jsonb ->> 'referralSource' AS referral_source,
            COUNT(*) AS clients, SUM(CASE WHEN j.jobs > 0 THEN 1 ELSE 0 END) AS employed_persons, COALESCE(SUM(j.jobs), 0) AS jobs
       FROM instances i
       LEFT JOIN (SELECT instance_id, COUNT(*) AS jobs FROM tasks
                   WHERE form_key = 'ips-episode' AND state = 'completed' AND data::jsonb ->> 'ipsEvent' = 'employment-started'
                   GROUP BY instance_id) j ON j.instance_id = i.id
      WHERE i.process_key = 'supported-employment' AND i.variables::jsonb ->> 'referralSource' IS NOT NULL
      GROUP BY 1, 2) f
     ORDER BY municipality COLLATE "C" NULLS FIRST, referral_source COLLATE "C" NULLS FIRST`,
  );
  return found.map((r) => ({
    municipality: r.municipality as string | null,
    referralSource: r.referral_source as string | null,
    clients: Number(r.clients),
    employedPersons: Number(r.employed_persons),
    jobs: Number(r.jobs),
  }));
}
