import { AGREEMENT_STATES, TERMINATION_KINDS } from '@ltci/shared';
import { enumChoices } from '../domain';
import type { WorkflowRecord } from '../workflow';

export const agreementStateChoices = enumChoices(AGREEMENT_STATES, 'enums.AgreementState');
export const terminationKindChoices = enumChoices(TERMINATION_KINDS, 'enums.TerminationKind');

export interface AgreementRecord extends WorkflowRecord {
  number: string;
  institutionId: string;
  regionId: string;
  startDate: string;
  endDate: string;
  terminationKind: string | null;
  terminationDate: string | null;
}
