export {
  AGREEMENT_FEE_MAX,
  AGREEMENT_NUMBER_MAX,
  type AgreementTermDraft,
  type AgreementTermResult,
  type AgreementTermWarning,
  agreementFeeIssues,
  agreementNormalEnd,
  agreementTermIssues,
  agreementTermWarning,
  checkAgreementTerm,
} from './agreement-term.js';
export {
  AGREEMENT_ACTIONS,
  AGREEMENT_STATES,
  type AgreementAction,
  type AgreementFacts,
  type AgreementState,
  SERVICE_AGREEMENT_WORKFLOW,
  TERMINATION_KIND_LABELS,
  TERMINATION_KINDS,
  type TerminationInput,
  type TerminationKind,
} from './agreement-workflow.js';
export {
  type AgreementSummary,
  type DesignationBars,
  designationBarsFromAgreements,
  INSTITUTION_AGREEMENT_STATUS_LABELS,
  type InstitutionAgreementStatus,
  type InstitutionStatusResult,
  institutionStatusFromAgreements,
} from './institution-agreements.js';
