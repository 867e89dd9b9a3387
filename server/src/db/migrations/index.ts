import { Foundation1763856000000 } from './1763856000000-foundation.js';
import { PolicyData1795392000000 } from './1795392000000-policy-data.js';
import { AppRole1796000000000 } from './1796000000000-app-role.js';
import { LoginAttemptsByAddress1796100000000 } from './1796100000000-login-attempts-by-address.js';
import { ServiceAgreements1796600000000 } from './1796600000000-service-agreements.js';
import { Jobs1797000000000 } from './1797000000000-jobs.js';
import { Attachments1797100000000 } from './1797100000000-attachments.js';
import { CountiesAndAccounts1797200000000 } from './1797200000000-counties-and-accounts.js';
import { InstitutionInfoChanges1797400000000 } from './1797400000000-institution-info-changes.js';
import { PolicyChanges1797500000000 } from './1797500000000-policy-changes.js';
import { FundLedger1797600000000 } from './1797600000000-fund-ledger.js';
import { InstitutionActivity1797900000000 } from './1797900000000-institution-activity.js';
import { InstitutionRecords1798000000000 } from './1798000000000-institution-records.js';
import { ScorecardsComplaints1798100000000 } from './1798100000000-scorecards-complaints.js';
import { Claimants1798200000000 } from './1798200000000-claimants.js';
import { AssessmentApplications1798200000001 } from './1798200000001-assessment-applications.js';
import { FundStatements1798300000000 } from './1798300000000-fund-statements.js';
import { Tpa1798400000000 } from './1798400000000-tpa.js';
import { ListIndexes1798500000000 } from './1798500000000-list-indexes.js';
import { CarePlans1798600000000 } from './1798600000000-care-plans.js';
import { Declarations1798700000000 } from './1798700000000-declarations.js';
import { SettlementRuns1798800000000 } from './1798800000000-settlement-runs.js';
import { Supervision1798900000001 } from './1798900000001-supervision.js';
import { DesignationApplications1799000000001 } from './1799000000001-designation-applications.js';
import { AssessmentLifecycle1799100000001 } from './1799100000001-assessment-lifecycle.js';
import { ClaimantFile1799200000001 } from './1799200000001-claimant-file.js';
import { FundGrants1799300000001 } from './1799300000001-fund-grants.js';
import { LeaseExpiryIndex1800100000001 } from './1800100000001-lease-expiry-index.js';
import { TpaReplacement1800200000001 } from './1800200000001-tpa-replacement.js';
import { SupervisionRestrictions1800300000001 } from './1800300000001-supervision-restrictions.js';
import { AgreementAssessmentFee1800500000001 } from './1800500000001-agreement-assessment-fee.js';
import { CarePlanConclusionItems1800500000002 } from './1800500000002-care-plan-conclusion-items.js';
import { SettlementWithholdings1800600000001 } from './1800600000001-settlement-withholdings.js';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Foundation1763856000000,
  PolicyData1795392000000,
  AppRole1796000000000,
  LoginAttemptsByAddress1796100000000,
  ServiceAgreements1796600000000,
  Jobs1797000000000,
  Attachments1797100000000,
  CountiesAndAccounts1797200000000,
  InstitutionInfoChanges1797400000000,
  PolicyChanges1797500000000,
  FundLedger1797600000000,
  InstitutionActivity1797900000000,
  InstitutionRecords1798000000000,
  ScorecardsComplaints1798100000000,
  Claimants1798200000000,
  AssessmentApplications1798200000001,
  FundStatements1798300000000,
  Tpa1798400000000,
  ListIndexes1798500000000,
  CarePlans1798600000000,
  Supervision1798900000001,
  Declarations1798700000000,
  SettlementRuns1798800000000,
  FundGrants1799300000001,
  DesignationApplications1799000000001,
  AssessmentLifecycle1799100000001,
  ClaimantFile1799200000001,
  TpaReplacement1800200000001,
  SupervisionRestrictions1800300000001,
  AgreementAssessmentFee1800500000001,
  CarePlanConclusionItems1800500000002,
  LeaseExpiryIndex1800100000001,
  SettlementWithholdings1800600000001,
];
