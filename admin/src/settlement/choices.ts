import { SETTLEMENT_KINDS, SETTLEMENT_RUN_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const settlementStateChoices = enumChoices(SETTLEMENT_RUN_STATES, 'workflow.settlementRun.states');
export const settlementKindChoices = enumChoices(SETTLEMENT_KINDS, 'app.settlement.kinds');
