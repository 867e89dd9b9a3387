import type { AuthProvider } from 'react-admin';
import { canAccess } from './auth/permissions';
import { clearSession, getStoredUser, hasLiveSession, type Session, saveSession } from './auth/session';
import { GRAPHQL_URI, resetDataProvider } from './dataProvider';

const LOGIN_MUTATION = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user { id username displayName roles regions { id name } mustChangePassword }
  }
}`;

interface LoginResponse {
  data?: { login?: Session } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function login({ username, password }: { username: string; password: string }): Promise<void> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URI, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: { username, password } }),
    });
  } catch {
    throw new Error('ra.notification.http_error');
  }
  let payload: LoginResponse;
  try {
    payload = (await response.json()) as LoginResponse;
  } catch {
    throw new Error('ra.notification.http_error');
  }
  const session = payload.data?.login;
  if (!session) throw new Error(payload.errors?.[0]?.message ?? 'ra.auth.sign_in_error');
  saveSession(session);
  resetDataProvider();
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}

export const authProvider: AuthProvider = {
  login,
  async logout() {
    clearSession();
    resetDataProvider();
  },
  async checkAuth() {
    if (!hasLiveSession()) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async checkError(error) {
    // UNAUTHENTICATED is mapped to 401 by the data provider: the token is gone or expired.
    if (statusOf(error) === 401) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
    // FORBIDDEN (403) keeps the user signed in: the page shows the server's message.
  },
  async getIdentity() {
    const user = getStoredUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return {
      id: user.id,
      fullName: user.displayName,
      username: user.username,
      roles: user.roles,
      regions: user.regions,
    };
  },
  async getPermissions() {
    return getStoredUser()?.roles ?? [];
  },
  async canAccess({ resource, action }) {
    return canAccess(getStoredUser()?.roles ?? [], resource, action);
  },
};
