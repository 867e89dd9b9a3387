import type { User } from '../domain';

const TOKEN_KEY = 'ltci.token';
const USER_KEY = 'ltci.user';
const EXPIRES_KEY = 'ltci.expiresAt';

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export function saveSession(session: Session): void {
  localStorage.setItem(TOKEN_KEY, session.token);
  localStorage.setItem(EXPIRES_KEY, session.expiresAt);
  localStorage.setItem(USER_KEY, JSON.stringify(session.user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  localStorage.removeItem(USER_KEY);
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

/** The signed-in user as the login returned it, or null. */
export function getStoredUser(): User | null {
  const raw = localStorage.getItem(USER_KEY);
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
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  return !expiresAt || new Date(expiresAt).getTime() > now.getTime();
}
