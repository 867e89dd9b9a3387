export { can, canAccess, isRightId, RIGHTS, type Right, type RightId, rightById, rightFor, rolesWith, SIGNED_IN } from './rights.js';
export { isRole, type Label, ROLE_LABELS, ROLES, type Role } from './roles.js';
