export { maskPhone } from './mask.js';
export {
  PASSWORD_CITATION,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  type PasswordIssue,
  type PasswordIssueCode,
  PUBLISHED_PASSWORDS,
  passwordClasses,
  passwordIssues,
} from './password-policy.js';
