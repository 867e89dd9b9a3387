export * from './assessor-pool.js';
export * from './credit-code.js';
export {
  checkDesignationEligibility,
  type DesignationApplication,
  type DesignationEligibilityResult,
  type DesignationFinding,
  type DesignationStaffMember,
  type StaffTitle,
} from './designation-eligibility.js';
export * from './designation-findings.js';
export * from './designation-review.js';
export { type DesignationTimelineInput, type DesignationTimelineResult, designationTimeline } from './designation-timeline.js';
export * from './designation-workflow.js';
export { INFO_CHANGE_KIND_LABELS, type InfoChangeInput, type InfoChangeResult, infoChangeDeadline } from './info-change.js';
export * from './institution-activity.js';
export * from './institution-profile.js';
export * from './institution-record.js';
export {
  type DesignationMaterial,
  type DesignationParams,
  type InstitutionParams,
  type InstitutionRole,
  type MajorInfoChange,
  type ManagementSystem,
  qinhuangdaoInstitutionParams,
  type RoleSeparationRule,
  tumxukInstitutionParams,
  xinjiangDesignationParams,
} from './params.js';
export * from './related-persons.js';
export { checkRoleConflicts, type RoleConflict, type RoleConflictResult } from './role-conflicts.js';
export * from './staff-record.js';
