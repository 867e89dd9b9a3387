import { agreementExpiryTodos } from '../agreements/agreement.todo.js';
import {
  assessmentDeadlineTodos,
  assessmentDisputeTodos,
  assessmentEndOfTermTodos,
  assessmentLetterTodos,
} from '../assessments/application.todo.js';
import { carePlanAcceptanceTodos } from '../care-plans/care-plan.todo.js';
import { sanctionApprovalTodos, sanctionEndingTodos } from '../claimants/sanction.todo.js';
import { auditFlagTodos } from '../declarations/audit-flag.todo.js';
import { designationReviewTodos } from '../designations/designation.todo.js';
import { fundGrantTodos } from '../fund/fund-grant.todo.js';
import { fundWarningTodos } from '../fund/fund-warning.todo.js';
import { certificateExpiryTodos } from '../institutions/certificate.todo.js';
import { infoChangeTodos } from '../institutions/info-change.todo.js';
import { leaseExpiryTodos } from '../institutions/lease.todo.js';
import { complaintTodos, scorecardApprovalTodos } from '../scorecards/scorecard.todo.js';
import { rectificationTodos } from '../supervision/rectification.todo.js';
import { tpaOnSiteTodos, tpaPaymentTodos, tpaRectificationTodos, tpaSelfCheckTodos } from '../tpa/tpa.todo.js';
import type { TodoSource } from './todo-source.js';

/** Every source of to-do items. A later capability adds its kind to `TODO_KINDS` (@ltci/shared) and its source here. */
export const TODO_SOURCES: readonly TodoSource[] = [
  agreementExpiryTodos,
  infoChangeTodos,
  fundWarningTodos,
  certificateExpiryTodos,
  tpaSelfCheckTodos,
  tpaOnSiteTodos,
  tpaPaymentTodos,
  tpaRectificationTodos,
  scorecardApprovalTodos,
  complaintTodos,
  auditFlagTodos,
  fundGrantTodos,
  designationReviewTodos,
  rectificationTodos,
  assessmentDeadlineTodos,
  assessmentLetterTodos,
  assessmentDisputeTodos,
  assessmentEndOfTermTodos,
  carePlanAcceptanceTodos,
  sanctionEndingTodos,
  sanctionApprovalTodos,
  leaseExpiryTodos,
];
