import { TPA_ASSESSMENT_STATES, TPA_CONTRACT_STATES, TPA_FEE_PAYMENT_STATES } from '@ltci/shared';

const choices = (workflow: string, states: readonly string[]) => states.map((id) => ({ id, name: `workflow.${workflow}.states.${id}` }));
export const contractStateChoices = choices('tpaContract', TPA_CONTRACT_STATES);
export const assessmentStateChoices = choices('tpaAssessment', TPA_ASSESSMENT_STATES);
export const paymentStateChoices = choices('tpaFeePayment', TPA_FEE_PAYMENT_STATES);
