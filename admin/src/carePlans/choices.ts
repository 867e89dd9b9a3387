import { CARE_MODES, CARE_PLAN_END_CAUSES, CARE_PLAN_STATES, SANCTION_KINDS, SANCTION_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';
import type { WorkflowRecord } from '../workflow';

export const careModeChoices = enumChoices(CARE_MODES, 'enums.CareMode');
export const carePlanStateChoices = enumChoices(CARE_PLAN_STATES, 'workflow.carePlan.states');
export const endCauseChoices = enumChoices(CARE_PLAN_END_CAUSES, 'enums.CarePlanEndCause');
export const sanctionKindChoices = enumChoices(SANCTION_KINDS, 'enums.SanctionKind');
export const sanctionStateChoices = enumChoices(SANCTION_STATES, 'workflow.claimantSanction.states');

export type CarePlanRecord = WorkflowRecord & {
  claimantId: string;
  institutionId: string;
  careMode: string;
  items: string[];
  itemFrequencies: { code: string; timesPerMonth: number }[];
  frequencyPerWeek: number;
  conclusionId: string | null;
  startDate: string;
  benefitsFrom: string | null;
  endDate: string | null;
  endCause: string | null;
  startTrace: { rule: string; citation: string; inputs: Record<string, unknown>; output: unknown }[];
};

export type SanctionRecord = WorkflowRecord & { claimantId: string; kind: string; startsOn: string; endsOn: string; reason: string };
