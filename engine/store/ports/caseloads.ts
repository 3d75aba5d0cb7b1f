/** Supported employment (IPS): caseload places, waiting lists, employer contacts and figures. */

/** Supported-employment figures of one municipality and referral source (DOMAIN §7): persons and jobs counted apart. */
export interface IpsFigureRow {
  municipality: string | null;
  referralSource: string | null;
  /** Persons whose intake recorded a referral source. */
  clients: number;
  /** Of them, persons with at least one employment episode started. */
  employedPersons: number;
  /** Employment episodes started (one person may have several jobs). */
  jobs: number;
}

/** Jobs started in supported employment of one municipality, sector, pay subsidy and apprenticeship (the pilot's Table 2). */
export interface IpsJobRow {
  municipality: string | null;
  /** `company`, `city`, `third-sector`, or null when the episode did not say. */
  sector: string | null;
  paySubsidy: boolean;
  apprenticeship: boolean;
  jobs: number;
}

/** A client path's place in a worker's caseload (DOMAIN §7: at most 20 IPS clients per coach); `holder` is the worker's username. */
export interface CaseloadPlace {
  instanceId: string;
  processKey: string;
  holder: string;
  takenAt: string;
}

/** Which paths wait on a list: those of the process waiting for the message, ordered by their first entry into the activity. */
export interface WaitingQuery {
  processKey: string;
  messageName: string;
  activityId: string;
}

/** A path on a waiting list: its pseudonym and when it first came to the list. */
export interface WaitingEntry {
  instanceId: string;
  clientRef: string | null;
  since: string;
}

/** Employers a job coach contacted on one day (DOMAIN §7: at least six employers a week per coach); no client identity. */
export interface EmployerContactRecord {
  id: string;
  /** The coach's username. */
  coach: string;
  /** The day of the contacts, YYYY-MM-DD. */
  contactedOn: string;
  /** Its ISO 8601 week, YYYY-Www, kept so that the weeks group in the database. */
  isoWeek: string;
  employers: number;
  recordedAt: string;
}

/** One coach's employers contacted in one ISO week. */
export interface EmployerContactWeek {
  coach: string;
  isoWeek: string;
  employers: number;
}

/** Supported employment (IPS): caseload places, waiting lists, employer contacts and figures. */
export interface CaseloadStore {
  /** Gives the path a place in the holder's caseload (moving its own place from another holder) when the holder's other running paths are fewer than `limit`; atomic, so racing takers never pass the limit. */
  takeCaseloadPlace(p: CaseloadPlace, limit: number): Promise<boolean>;
  /** Gives the path's caseload place up; no error if it has none. */
  releaseCaseloadPlace(instanceId: string): Promise<void>;
  /** Running paths of the process holding a place of each holder (0 for none), counted by the database. */
  countCaseloads(processKey: string, holders: string[]): Promise<Map<string, number>>;
  /** Running paths of the process waiting for the message, by first entry into the activity (arrival order), then id. */
  listWaiting(q: WaitingQuery): Promise<WaitingEntry[]>;
  /** Stores one day's employer contacts of a coach. */
  recordEmployerContacts(r: EmployerContactRecord): Promise<void>;
  /** Employers contacted per coach and ISO week from `fromWeek` to `toWeek` (inclusive), summed by the database, by week then coach. */
  employerContactWeeks(fromWeek: string, toWeek: string): Promise<EmployerContactWeek[]>;
  /** Supported-employment figures per municipality and referral source, from the supported-employment paths and their ips-episode forms. */
  ipsFigures(): Promise<IpsFigureRow[]>;
  /** Supported-employment jobs (ips-episode forms saying an employment started) per municipality, sector, pay subsidy and apprenticeship. */
  ipsJobFigures(): Promise<IpsJobRow[]>;
}
