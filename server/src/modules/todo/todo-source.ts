import type { PolicyPackVersion, PolicyResult, TodoItem, TodoKindId, Trace, WorkingDayCalendar } from '@ltci/shared';
import type { Scope } from '../../common/scope.js';

/** A to-do item with the trace of its figures and the policy-pack version they were computed with. */
export interface ExplainedTodo extends TodoItem {
  trace: Trace;
  packVersion?: string | null;
}

/** What a source may read besides the caller's scope: today, and the region's policy on a day. */
export interface TodoEnv {
  asOf: string;
  calendar: WorkingDayCalendar;
  packFor(regionId: string, date: string): Promise<PolicyResult<PolicyPackVersion>>;
}

/** One kind of to-do item, computed from the data when the list is asked for (never stored, never by a timer). */
export interface TodoSource {
  /** A kind of `TODO_KINDS` in @ltci/shared: its right says who sees the items. */
  kind: TodoKindId;
  /** The caller's items of this kind; the scope keeps them to the caller's regions. */
  collect(scope: Scope, env: TodoEnv): Promise<ExplainedTodo[]>;
}

/** At most this many items of one kind, most urgent first (a to-do list is read, not paged). */
export const TODO_LIMIT_PER_KIND = 200;
