import type { ComponentType } from 'react';

/** What the server answers for `allowedActions` (see server/schema.graphql, `AllowedAction`). */
export interface AllowedActionRow {
  action: string;
  enabled: boolean;
  blockedBy: string[];
  to?: string | null;
  needsReason: boolean;
  needsInput?: boolean;
}

export interface TraceStepRow {
  rule: string;
  citation: string;
  inputs: Record<string, unknown>;
  output: unknown;
  interpretation?: string | null;
  note?: string | null;
}

/** One row of a record's insert-only history (`WorkflowStep`). */
export interface HistoryRow {
  id?: string;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  at: string;
  reason: string | null;
  input?: Record<string, unknown>;
  trace?: TraceStepRow[];
}

/** The workflow fields every workflow record exposes. */
export interface WorkflowRecord {
  id: string;
  state: string;
  version: number;
  history?: HistoryRow[];
  allowedActions?: AllowedActionRow[];
}

/** The record's one transition mutation, e.g. `{ name: 'transitionServiceAgreement', actionType: 'AgreementAction' }`. */
export interface WorkflowMutation {
  name: string;
  actionType: string;
  /** The mutation takes an `input: JSONObject` (actions that ask more than a reason). */
  takesInput?: boolean;
}

/** What an action's input form gets: the record, the input so far, and the server's message for each input field. */
export interface ActionInputProps<R extends WorkflowRecord = WorkflowRecord> {
  record: R;
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  errors: Record<string, string>;
}

export type ActionInputForms<R extends WorkflowRecord = WorkflowRecord> = Partial<Record<string, ComponentType<ActionInputProps<R>>>>;
