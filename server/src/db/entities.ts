import { WorkflowStep } from '../common/workflow/workflow-step.entity.js';
import { ServiceAgreement } from '../modules/agreements/agreement.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Institution } from '../modules/institutions/institution.entity.js';
import { Staff } from '../modules/institutions/staff.entity.js';
import { Job } from '../modules/jobs/job.entity.js';
import { StoredCalendarYear } from '../modules/policy/calendar-year.entity.js';
import { PolicyOverride } from '../modules/policy/policy-override.entity.js';
import { County } from '../modules/regions/county.entity.js';
import { Region } from '../modules/regions/region.entity.js';

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
  ServiceAgreement,
  WorkflowStep,
  Job,
];
