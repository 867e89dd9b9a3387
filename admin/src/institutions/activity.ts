import { INSTITUTION_ACTIVITY_STATES } from '@ltci/shared';

export const stateChoices = INSTITUTION_ACTIVITY_STATES.map((s) => ({ id: s, name: `enums.InstitutionState.${s}` }));

/** The workflow rows every workflow's record carries (the agreement's shapes: one GraphQL type, WorkflowStep / AllowedAction). */
export type { AllowedActionRow as ActivityAction, HistoryRow as ActivityStep } from '../workflow/types';
