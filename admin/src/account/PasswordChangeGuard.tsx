import { type ReactNode, useState } from 'react';
import { getStoredUser } from '../auth/session';
import { ChangePasswordPage } from './ChangePasswordPage';

/**
 * Whatever page is asked for, a user whose password an administrator set (a new account, a reset)
 * sees the change-password page instead, until they change it: the server answers nothing else
 * (PASSWORD_CHANGE_REQUIRED), so no page behind it would work anyway.
 */
export const PasswordChangeGuard = ({ children }: { children: ReactNode }) => {
  const [mustChange, setMustChange] = useState(() => getStoredUser()?.mustChangePassword === true);
  return mustChange ? <ChangePasswordPage onChanged={() => setMustChange(false)} /> : children;
};
