import { FUND_GRANT_KINDS, FUND_GRANT_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const grantKindChoices = enumChoices(FUND_GRANT_KINDS, 'enums.FundGrantKind');
export const grantStateChoices = enumChoices(FUND_GRANT_STATES, 'workflow.fundGrant.states');
