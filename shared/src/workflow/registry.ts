import { SERVICE_AGREEMENT_WORKFLOW } from '../agreements/agreement-workflow.js';
import { ASSESSMENT_APPLICATION_WORKFLOW } from '../assessment/application-workflow.js';
import { CARE_PLAN_WORKFLOW } from '../careplans/care-plan.js';
import { SANCTION_WORKFLOW } from '../claimants/sanction.js';
import { COMPLAINT_WORKFLOW } from '../complaints/complaint-workflow.js';
import { DESIGNATION_WORKFLOW } from '../institutions/designation-workflow.js';
import { INSTITUTION_ACTIVITY_WORKFLOW } from '../institutions/institution-activity.js';
import { FUND_GRANT_WORKFLOW } from '../ledger/grant.js';
import { FUND_REVERSAL_WORKFLOW } from '../ledger/reversal.js';
import { POLICY_CHANGE_WORKFLOW } from '../policy/policy-change-workflow.js';
import { ANNUAL_SCORECARD_WORKFLOW } from '../scorecards/annual-workflow.js';
import { DECLARATION_WORKFLOW } from '../settlement/declaration-workflow.js';
import { SETTLEMENT_RUN_WORKFLOW } from '../settlement/settlement-workflow.js';
import { INSPECTION_WORKFLOW } from '../supervision/inspection-workflow.js';
import { RECTIFICATION_WORKFLOW } from '../supervision/rectification-workflow.js';
import {
  TPA_ASSESSMENT_WORKFLOW,
  TPA_CONTRACT_WORKFLOW,
  TPA_FEE_PAYMENT_WORKFLOW,
  TPA_RECTIFICATION_WORKFLOW,
} from '../tpa/tpa-workflows.js';
import type { Workflow } from './types.js';

/** Every shipped workflow table: a test validates each, and checks its rights against the rights table. Add new tables here. */
export const WORKFLOWS: readonly Workflow<string, string, never>[] = [
  SERVICE_AGREEMENT_WORKFLOW as unknown as Workflow<string, string, never>,
  POLICY_CHANGE_WORKFLOW as unknown as Workflow<string, string, never>,
  FUND_REVERSAL_WORKFLOW as unknown as Workflow<string, string, never>,
  TPA_CONTRACT_WORKFLOW as unknown as Workflow<string, string, never>,
  TPA_ASSESSMENT_WORKFLOW as unknown as Workflow<string, string, never>,
  TPA_FEE_PAYMENT_WORKFLOW as unknown as Workflow<string, string, never>,
  TPA_RECTIFICATION_WORKFLOW as unknown as Workflow<string, string, never>,
  ANNUAL_SCORECARD_WORKFLOW as unknown as Workflow<string, string, never>,
  COMPLAINT_WORKFLOW as unknown as Workflow<string, string, never>,
  INSTITUTION_ACTIVITY_WORKFLOW as unknown as Workflow<string, string, never>,
  ASSESSMENT_APPLICATION_WORKFLOW as unknown as Workflow<string, string, never>,
  CARE_PLAN_WORKFLOW as unknown as Workflow<string, string, never>,
  INSPECTION_WORKFLOW as unknown as Workflow<string, string, never>,
  RECTIFICATION_WORKFLOW as unknown as Workflow<string, string, never>,
  DECLARATION_WORKFLOW as unknown as Workflow<string, string, never>,
  SETTLEMENT_RUN_WORKFLOW as unknown as Workflow<string, string, never>,
  FUND_GRANT_WORKFLOW as unknown as Workflow<string, string, never>,
  DESIGNATION_WORKFLOW as unknown as Workflow<string, string, never>,
  SANCTION_WORKFLOW as unknown as Workflow<string, string, never>,
];
