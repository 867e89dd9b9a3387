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
export { type DesignationTimelineInput, type DesignationTimelineResult, designationTimeline } from './designation-timeline.js';
export { type InfoChangeInput, type InfoChangeResult, infoChangeDeadline } from './info-change.js';
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
