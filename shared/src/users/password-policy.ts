/**
 * The password policy (GB/T 22239-2019 网络安全等级保护基本要求 8.1.4.1 a): 身份鉴别信息具有复杂度要求
 * 并定期更换). Product rule on top: at least 10 characters of at least three of four classes, not the
 * user name, and never a password that has been published (the demo password of the README).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_MIN_CLASSES = 3;
/** Passwords printed in the README and the demo logins: known to everyone, so never accepted. */
export const PUBLISHED_PASSWORDS: readonly string[] = ['Demo@2026'];
export const PASSWORD_CITATION = 'GB/T 22239-2019 8.1.4.1 a); Product rule: password policy';

export type PasswordIssueCode =
  | 'PASSWORD_REQUIRED'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_FEW_CLASSES'
  | 'PASSWORD_CONTAINS_USERNAME'
  | 'PASSWORD_PUBLISHED';

export interface PasswordIssue {
  code: PasswordIssueCode;
  message: string;
  params: Record<string, number | string>;
  citation: string;
}

/** The four character classes: lower case, upper case, digits, anything else (symbols, CJK…). */
export function passwordClasses(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((c) => c.test(password)).length;
}

/** Every way `password` breaks the policy for `username` (none: acceptable). Any JSON is answered, never thrown on. */
export function passwordIssues(password: unknown, username: unknown = ''): PasswordIssue[] {
  const issue = (code: PasswordIssueCode, message: string, params: PasswordIssue['params'] = {}): PasswordIssue => ({
    code,
    message,
    params,
    citation: PASSWORD_CITATION,
  });
  if (typeof password !== 'string' || password.length === 0) return [issue('PASSWORD_REQUIRED', '请输入密码')];
  const issues: PasswordIssue[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    issues.push(issue('PASSWORD_TOO_SHORT', `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`, { min: PASSWORD_MIN_LENGTH }));
  if (length > PASSWORD_MAX_LENGTH)
    issues.push(issue('PASSWORD_TOO_LONG', `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`, { max: PASSWORD_MAX_LENGTH }));
  if (passwordClasses(password) < PASSWORD_MIN_CLASSES)
    issues.push(issue('PASSWORD_TOO_FEW_CLASSES', '密码须包含小写字母、大写字母、数字、符号中的至少三类', { min: PASSWORD_MIN_CLASSES }));
  const name = typeof username === 'string' ? username.trim().toLowerCase() : '';
  if (name && password.toLowerCase().includes(name)) issues.push(issue('PASSWORD_CONTAINS_USERNAME', '密码不能包含用户名'));
  if (PUBLISHED_PASSWORDS.some((p) => password.toLowerCase().includes(p.toLowerCase())))
    issues.push(issue('PASSWORD_PUBLISHED', '不能使用演示密码等公开过的密码'));
  return issues;
}
