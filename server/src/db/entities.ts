import { WorkflowStep } from '../common/workflow/workflow-step.entity.js';
import { ServiceAgreement } from '../modules/agreements/agreement.entity.js';
import { AssessmentApplication } from '../modules/assessments/application.entity.js';
import { AssessmentFee } from '../modules/assessments/assessment-fee.entity.js';
import { AssessorRelation } from '../modules/assessments/assessor-relation.entity.js';
import { Attachment } from '../modules/attachments/attachment.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { CarePlan } from '../modules/care-plans/care-plan.entity.js';
import { CareServiceItem } from '../modules/care-plans/service-item.entity.js';
import { Claimant } from '../modules/claimants/claimant.entity.js';
import { ClaimantContribution, HospitalStay } from '../modules/claimants/claimant-records.entity.js';
import { ClaimantSanction } from '../modules/claimants/sanction.entity.js';
import { Complaint } from '../modules/complaints/complaint.entity.js';
import { AuditFlagRow } from '../modules/declarations/audit-flag.entity.js';
import { ServiceDeclaration } from '../modules/declarations/declaration.entity.js';
import { DeclaredRecordLine, DeclaredRecordRow } from '../modules/declarations/declared-record.entity.js';
import { InspectionSample } from '../modules/declarations/inspection-sample.entity.js';
import { DesignationApplication } from '../modules/designations/designation.entity.js';
import { InstitutionFinding } from '../modules/designations/finding.entity.js';
import { FundAccount } from '../modules/fund/fund-account.entity.js';
import { FundGrant } from '../modules/fund/fund-grant.entity.js';
import { FundMonthly } from '../modules/fund/fund-monthly.entity.js';
import { FundPosting, FundPostingLine } from '../modules/fund/fund-posting.entity.js';
import { FundReversal } from '../modules/fund/fund-reversal.entity.js';
import { FundBankStatement } from '../modules/fund/fund-statement.entity.js';
import { FundWarning } from '../modules/fund/fund-warning.entity.js';
import { InfoChange } from '../modules/institutions/info-change.entity.js';
import { Institution } from '../modules/institutions/institution.entity.js';
import { RelatedPerson } from '../modules/institutions/related-person.entity.js';
import { AssessorTraining, Staff, StaffCertificate } from '../modules/institutions/staff.entity.js';
import { Job } from '../modules/jobs/job.entity.js';
import { StoredCalendarYear } from '../modules/policy/calendar-year.entity.js';
import { PolicyChange } from '../modules/policy/policy-change.entity.js';
import { PolicyOverride } from '../modules/policy/policy-override.entity.js';
import { County } from '../modules/regions/county.entity.js';
import { Region } from '../modules/regions/region.entity.js';
import { AnnualScorecard, MonthlyCount, ScorecardEventRow } from '../modules/scorecards/scorecard.entity.js';
import { SettlementLine, SettlementRun, SettlementSheet } from '../modules/settlement/settlement-run.entity.js';
import { Inspection, InspectionFinding } from '../modules/supervision/inspection.entity.js';
import { Publication } from '../modules/supervision/publication.entity.js';
import { Rectification, SupervisionConsequence } from '../modules/supervision/rectification.entity.js';
import { TpaAssessment } from '../modules/tpa/tpa-assessment.entity.js';
import { TpaCommitmentRow, TpaContract } from '../modules/tpa/tpa-contract.entity.js';
import { TpaFeePayment, TpaRectification } from '../modules/tpa/tpa-fee-payment.entity.js';

export const entities = [
  Region,
  County,
  User,
  LoginAttempt,
  AuditLog,
  Institution,
  Staff,
  StoredCalendarYear,
  PolicyOverride,
  PolicyChange,
  ServiceAgreement,
  WorkflowStep,
  Job,
  InfoChange,
  Attachment,
  FundAccount,
  FundPosting,
  FundPostingLine,
  FundMonthly,
  FundReversal,
  FundWarning,
  TpaContract,
  TpaCommitmentRow,
  TpaAssessment,
  TpaFeePayment,
  TpaRectification,
  FundBankStatement,
  FundGrant,
  Claimant,
  ClaimantContribution,
  HospitalStay,
  AnnualScorecard,
  ScorecardEventRow,
  MonthlyCount,
  Complaint,
  DesignationApplication,
  InstitutionFinding,
  StaffCertificate,
  AssessorTraining,
  RelatedPerson,
  AssessmentApplication,
  CarePlan,
  Inspection,
  InspectionFinding,
  Rectification,
  SupervisionConsequence,
  Publication,
  ServiceDeclaration,
  DeclaredRecordRow,
  DeclaredRecordLine,
  AuditFlagRow,
  InspectionSample,
  SettlementRun,
  SettlementSheet,
  SettlementLine,
  AssessmentFee,
  AssessorRelation,
  CareServiceItem,
  ClaimantSanction,
];
