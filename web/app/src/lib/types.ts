/** The API's shapes as the app uses them (../shared/API.md). */

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Task {
  id: string;
  name: string | null;
  activityId: string;
  processInstanceId: string;
  processKey: string;
  role: string[];
  assignee: string | null;
  formKey: string | null;
  createdAt: string;
  expectedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  state: 'open' | 'completed' | 'cancelled';
  version: number;
  clientRef?: string | null;
  late?: boolean;
}

export interface FormDefinition {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
}

export interface TaskWithForm extends Task {
  form: FormDefinition | null;
  data: Record<string, unknown>;
  /** False before the claim: the path's data (earlier forms, timeline) opens with it. */
  pathVisible?: boolean;
}

export interface TaskCounts {
  mine: number;
  unassigned: number;
  all: number;
  late: number;
}

export interface Draft {
  data: Record<string, unknown> | null;
  savedAt: string | null;
}

export interface Definition {
  id: string;
  processKey: string;
  version: number;
  name: string;
  deployedAt: string;
  starterRoles?: string[];
  startableByMe?: boolean;
  startFormKey?: string | null;
}

export interface ActiveActivity {
  activityId: string;
  name: string | null;
  type: string;
  since: string;
  expectedBy: string | null;
  assignee?: string | null;
  assigneeName?: string | null;
}

export interface HistoryEntry {
  activityId: string;
  name: string | null;
  type: string;
  startedAt: string;
  endedAt: string | null;
  by: string | null;
  byName?: string | null;
  /** Set when the step was cancelled, not done: the interrupting event's id, `interrupted` or `cancel`. */
  cancelledBy?: string | null;
}

export interface Instance {
  id: string;
  processKey: string;
  version: number;
  businessKey: string | null;
  clientRef: string | null;
  parentInstanceId?: string | null;
  state: 'running' | 'completed' | 'cancelled' | 'failed';
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  active: ActiveActivity[];
  history: HistoryEntry[];
  incident: unknown;
}

export interface PathForm {
  taskId: string;
  activityId: string;
  name: string | null;
  formKey: string | null;
  completedAt: string | null;
  completedBy: string | null;
  completedByName?: string | null;
  data: Record<string, unknown> | null;
}

/** The forms beside a task: its own path's first, then the paths that called it. */
export interface EarlierForms {
  paths: { processInstanceId: string; processKey: string; calling: boolean; items: PathForm[] }[];
}

export interface Timeline {
  clientRef: string;
  paths: {
    id: string;
    processKey: string;
    version: number;
    state: string;
    startedAt: string;
    endedAt: string | null;
    responsiblePerson: string | null;
    parentInstanceId?: string | null;
  }[];
  tasks: {
    id: string;
    name: string | null;
    activityId: string;
    processInstanceId: string;
    processKey: string;
    role: string[];
    assignee: string | null;
    createdAt: string;
    completedAt: string | null;
    state: string;
  }[];
  documents: { processInstanceId: string; href: string }[];
}

export interface Consent {
  status: 'given' | 'declined' | 'withdrawn' | 'none';
  parties: string[];
  recordedAt: string | null;
}

export interface AccessLogEntry {
  at: string;
  actor: string;
  actorName?: string | null;
  action: string;
  instanceId: string | null;
  detail: string;
  role?: string | null;
}
