import { lazy, type ReactNode, Suspense, useState } from 'react';
import { getStoredUser } from '../auth/session';

// only a user who must change the password loads the form (issue 8, defect 6)
const ChangePasswordPage = lazy(async () => ({ default: (await import('./ChangePasswordPage')).ChangePasswordPage }));

/**
 * Whatever page is asked for, a user whose password an administrator set (a new account, a reset)
 * sees the change-password page instead, until they change it: the server answers nothing else
 * (PASSWORD_CHANGE_REQUIRED), so no page behind it would work anyway.
 */
export const PasswordChangeGuard = ({ children }: { children: ReactNode }) => {
  const [mustChange, setMustChange] = useState(() => getStoredUser()?.mustChangePassword === true);
  if (!mustChange) return children;
  return (
    <Suspense fallback={null}>
      <ChangePasswordPage onChanged={() => setMustChange(false)} />
    </Suspense>
  );
};
