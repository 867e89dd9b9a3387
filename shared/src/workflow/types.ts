import type { PolicyIssue } from '../core/result.js';
import type { Label, Role } from '../rights/roles.js';

/** A workflow issue names the article behind it and the parameters the dashboard translates it with. */
export interface WorkflowIssue extends PolicyIssue {
  citation: string;
  params: Record<string, unknown>;
}

/** What a guard says when it blocks: a message for a person and the parameters of its label. */
export interface GuardFailure {
  message: string;
  params?: Record<string, unknown>;
}

/** A check over plain facts (read by the server in the same transaction), with its own code and citation. */
export interface Guard<F> {
  /** Stable name: `workflow.guard.<rule>` in the trace. */
  rule: string;
  /** The issue code it blocks with, e.g. `AGREEMENT_OVERLAP`. */
  code: string;
  /** The code's label for the dashboard (`workflow.<id>.issues.<code>`). */
  label: Label;
  citation: string;
  check: (facts: F) => GuardFailure | null;
}

/** A check of what the user supplies with the action (e.g. a termination's kind and date). */
export interface InputCheck<F> {
  rule: string;
  citation: string;
  check: (input: Readonly<Record<string, unknown>>, facts: F) => PolicyIssue[];
}

export interface Transition<S extends string, A extends string, F> {
  action: A;
  from: readonly S[];
  /** A state, or `{ before: A }`: back to the state the record was in before its last `A` step. */
  to: S | { before: A };
  roles: readonly Role[];
  citation: string;
  needsReason?: boolean;
  /** `true`: the actor is not the record's preparer; `{ notActorOf: A }`: not the person who took the last `A` step. */
  fourEyes?: true | { notActorOf: A };
  guards?: readonly Guard<F>[];
  input?: InputCheck<F>;
}

/** A workflow is data: its states, its transitions, and their labels in both languages. */
export interface Workflow<S extends string, A extends string, F> {
  /** Stable id, e.g. `serviceAgreement` (the dashboard's `workflow.<id>.*` messages). */
  id: string;
  /** Its rights are `<rightPrefix>.<action>` in the rights table, and `<rightPrefix>.transition` for the mutation. */
  rightPrefix: string;
  label: Label;
  states: readonly S[];
  initial: S;
  transitions: readonly Transition<S, A, F>[];
  stateLabels: Record<S, Label>;
  actionLabels: Record<A, Label>;
}

/** One row of a record's insert-only history, as much of it as the kernel reads. */
export interface HistoryStep {
  action: string;
  from: string;
  to: string;
  actorId: string;
}

export interface Actor {
  id: string;
  roles: readonly string[];
}

/** Everything known about the record and the caller, without the request's own reason and input. */
export interface TransitionContext<F> {
  state: string;
  actor: Actor;
  /** Who prepared the record (four-eyes `true`). */
  preparedBy?: string | null;
  /** The record's history, oldest first (four-eyes `{ notActorOf }` and `to: { before }` read it). */
  history?: readonly HistoryStep[];
  facts: F;
}

export interface TransitionRequest<F> extends TransitionContext<F> {
  action: string;
  reason?: string | null;
  input?: Record<string, unknown>;
}

export interface TransitionDecision<S extends string, A extends string> {
  action: A;
  from: S;
  to: S;
  /** Trimmed; null when none was given. */
  reason: string | null;
  input: Record<string, unknown>;
}

export interface AllowedAction<S extends string, A extends string> {
  action: A;
  label: Label;
  enabled: boolean;
  /** The codes of every check that blocks it now (empty when enabled). */
  blockedBy: string[];
  /** Where it would lead (null when that cannot be told, e.g. the history lacks the step it returns before). */
  to: S | null;
  needsReason: boolean;
  /** The action asks for more than a reason (e.g. a kind and a date). */
  needsInput: boolean;
}
