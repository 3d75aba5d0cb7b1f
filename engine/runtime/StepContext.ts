/**
 * What one engine step records while bpmn-engine runs: history rows opened and closed, expected
 * deadlines, new user tasks. Extensions write here through the run's activity events; the runner
 * turns it into one StepCommit.
 */
import type { HistoryRecord, TaskRecord } from '../store/Store.js';
import type { ProcessModel } from './bpmnModel.js';

export class StepContext {
  /** History rows touched in this step, by execution id. */
  readonly history = new Map<string, HistoryRecord>();
  /** Expected deadline of each activity execution started in this step. */
  readonly expectedBy = new Map<string, string>();
  /** The team-rhythm rule that set an execution's expectedBy, when one did (stalledRules). */
  readonly stalledReasons = new Map<string, string>();
  /** Tasks created or changed in this step, by id. */
  readonly tasks = new Map<string, TaskRecord>();
  /** Interrupting boundary events that fired in this step, in order. */
  readonly firedBoundaries: string[] = [];

  constructor(
    readonly instanceId: string,
    readonly processKey: string,
    readonly model: ProcessModel,
    /** Rows still open from earlier steps, by execution id. */
    readonly openHistory: Map<string, HistoryRecord>,
    /** Open tasks from earlier steps, by execution id. */
    readonly openTasks: Map<string, TaskRecord>,
    readonly now: () => Date,
    /** Who caused the step (the completing user), or null for the engine itself. */
    public actor: string | null,
  ) {}

  /** A history row of this instance by execution id, from this step or an earlier one. */
  findHistory(executionId: string): HistoryRecord | undefined {
    return this.history.get(executionId) ?? this.openHistory.get(executionId);
  }
}

/** The payload bpmn-engine's listener passes with each activity event. */
export interface ActivityEventApi {
  id: string;
  type: string;
  name?: string;
  executionId: string;
  content: Record<string, unknown> & { isRootScope?: boolean; parent?: { id?: string; executionId?: string } };
}
