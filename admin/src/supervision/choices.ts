import { FINDING_CATEGORIES, INSPECTION_KINDS, INSPECTION_STATES, PUBLICATION_KINDS, RECTIFICATION_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const inspectionStateChoices = enumChoices(INSPECTION_STATES, 'workflow.inspection.states');
export const inspectionKindChoices = enumChoices(INSPECTION_KINDS, 'enums.InspectionKind');
export const findingCategoryChoices = enumChoices(FINDING_CATEGORIES, 'enums.FindingCategory');
export const rectificationStateChoices = enumChoices(RECTIFICATION_STATES, 'workflow.rectification.states');
export const consequenceKindChoices = enumChoices(['withholding', 'suspension', 'referral', 'recovery'] as const, 'enums.ConsequenceKind');
export const publicationKindChoices = enumChoices(PUBLICATION_KINDS, 'enums.PublicationKind');
export { kindChoices as institutionKindChoices } from '../domain';
