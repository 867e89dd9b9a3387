import type { User } from '../domain';

const TOKEN_KEY = 'ltci.token';
const USER_KEY = 'ltci.user';
const EXPIRES_KEY = 'ltci.expiresAt';

/**
 * The session lives in sessionStorage: it ends with the tab, so a token is not left on the machine
 * for its 8 hours after the browser is closed, and other tabs sign in on their own. A token from
 * an older version, kept in localStorage, is removed.
 */
for (const key of [TOKEN_KEY, USER_KEY, EXPIRES_KEY]) globalThis.localStorage?.removeItem(key);

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(TOKEN_KEY, session.token);
  sessionStorage.setItem(EXPIRES_KEY, session.expiresAt);
  sessionStorage.setItem(USER_KEY, JSON.stringify(session.user));
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(EXPIRES_KEY);
  sessionStorage.removeItem(USER_KEY);
}

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The signed-in user as the login returned it, or null. */
export function getStoredUser(): User | null {
  const raw = sessionStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as User;
  } catch {
    return null;
  }
}

/** True when a token is stored and its expiry (if known) is still ahead. */
export function hasLiveSession(now: Date = new Date()): boolean {
  if (!getToken()) return false;
  const expiresAt = sessionStorage.getItem(EXPIRES_KEY);
  return !expiresAt || new Date(expiresAt).getTime() > now.getTime();
}

/** After the user changed the password an administrator set: the pages open again. */
export function markPasswordChanged(): void {
  const user = getStoredUser();
  if (user) sessionStorage.setItem(USER_KEY, JSON.stringify({ ...user, mustChangePassword: false }));
}
