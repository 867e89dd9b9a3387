import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { hasLiveSession } from './session';

/**
 * Signed out, every page but the login form is answered with one replace-navigation to it, decided
 * from the stored session before react-admin renders anything (issue 8, defects 1 and 2).
 * react-admin's own `requireAuth` answered the same case by logging out on mount, whose store reset
 * re-rendered it into thousands of pushState calls; and the browser's Back after a logout landed on
 * a page it no longer rendered. This gate runs on every location change, so Back lands here too.
 */
export const SessionGate = ({ children }: { children: ReactNode }) => {
  const location = useLocation();
  if (location.pathname !== '/login' && !hasLiveSession()) {
    const next = location.pathname === '/' ? {} : { nextPathname: location.pathname, nextSearch: location.search };
    return <Navigate to="/login" replace state={next} />;
  }
  return <>{children}</>;
};
