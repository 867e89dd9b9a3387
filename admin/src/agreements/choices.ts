import { AGREEMENT_STATES, TERMINATION_KINDS } from '@ltci/shared';
import { enumChoices } from '../domain';

export const agreementStateChoices = enumChoices(AGREEMENT_STATES, 'enums.AgreementState');
export const terminationKindChoices = enumChoices(TERMINATION_KINDS, 'enums.TerminationKind');

/** What the server answers for `allowedActions` (see server/schema.graphql). */
export interface AllowedActionRow {
  action: string;
  enabled: boolean;
  blockedBy: string[];
  to: string | null;
  needsReason: boolean;
  needsInput: boolean;
}

export interface TraceStepRow {
  rule: string;
  citation: string;
  inputs: Record<string, unknown>;
  output: unknown;
  interpretation?: string | null;
  note?: string | null;
}

export interface HistoryRow {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  at: string;
  reason: string | null;
  input: Record<string, unknown>;
  trace: TraceStepRow[];
}

export interface AgreementRecord {
  id: string;
  number: string;
  institutionId: string;
  regionId: string;
  startDate: string;
  endDate: string;
  state: string;
  version: number;
  terminationKind: string | null;
  terminationDate: string | null;
  history?: HistoryRow[];
  allowedActions?: AllowedActionRow[];
}

/** The message key of a blocking code: the workflow's own (guards and kernel), else a general one. */
export const issueKey = (code: string) => `workflow.serviceAgreement.issues.${code}`;
