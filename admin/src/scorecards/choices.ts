import { ANNUAL_SCORECARD_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const scorecardStateChoices = enumChoices(ANNUAL_SCORECARD_STATES, 'workflow.annualScorecard.states');
