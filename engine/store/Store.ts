/**
 * The storage contract of Polku, in narrow parts (ports/): three adapters implement all of them,
 * `sqlite/` (embedded default), `postgres/` (DATABASE_URL) and `mongodb/` (MONGODB_URL). Everything
 * the engine keeps goes through here; nothing else touches the database. A feature that needs only
 * some parts takes only those (e.g. `TaskStore & AuditLog`). The contract suite in
 * test/engine/store/ runs against every adapter.
 */
import type { AccountChangeLog } from './ports/accountChanges.js';
import type { AccountStore } from './ports/accounts.js';
import type { AuditLog } from './ports/accessLog.js';
import type { CaseloadStore } from './ports/caseloads.js';
import type { DeploymentStore } from './ports/deployments.js';
import type { DraftStore } from './ports/drafts.js';
import type { StoreLifecycle } from './ports/lifecycle.js';
import type { MeetingStore } from './ports/meetings.js';
import type { DisplayNameStore } from './ports/people.js';
import type { ReportStore } from './ports/reports.js';
import type { StepStore } from './ports/steps.js';
import type { TaskStore } from './ports/tasks.js';
import type { TimerStore } from './ports/timers.js';

export type * from './ports/accountChanges.js';
export type * from './ports/accounts.js';
export type * from './ports/accessLog.js';
export type * from './ports/caseloads.js';
export type * from './ports/deployments.js';
export type * from './ports/drafts.js';
export type * from './ports/lifecycle.js';
export type * from './ports/meetings.js';
export type * from './ports/people.js';
export type * from './ports/reports.js';
export type * from './ports/steps.js';
export type * from './ports/tasks.js';
export type * from './ports/timers.js';

/** The whole store: every part, as one adapter provides it. */
export interface Store
  extends
    StoreLifecycle,
    DeploymentStore,
    StepStore,
    TaskStore,
    TimerStore,
    DraftStore,
    MeetingStore,
    CaseloadStore,
    DisplayNameStore,
    AccountStore,
    AccountChangeLog,
    AuditLog,
    ReportStore {}
