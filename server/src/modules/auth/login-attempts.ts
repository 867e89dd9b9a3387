import type { EntityManager } from 'typeorm';
import { TooManyAttemptsError } from '../../common/errors.js';
import { ADDRESS_FREE_FAILURES, addressFailuresCounted, FREE_FAILURES, secondsToWait } from './login-throttle.js';

/** The row that counts every user name's failures from one address (no user name is empty: login refuses it). */
const ANY_ACCOUNT = '';

/**
 * Count this attempt as a failure of (user name, address) and of the address, before the password
 * is checked (a success clears the first), under row locks: parallel guesses queue here and each
 * sees the ones before it, so they are slowed too. Throws TOO_MANY_ATTEMPTS without counting.
 */
export async function claimLoginAttempt(em: EntityManager, username: string, address: string): Promise<void> {
  const account = await lockRow(em, username, address);
  const fromAddress = await lockRow(em, ANY_ACCOUNT, address);
  // The transaction's start, before any wait for the locks: a wait is measured short, never long.
  const [{ now }]: { now: Date }[] = await em.query('SELECT now() AS now');
  const addressFailures = addressFailuresCounted(fromAddress.failures, fromAddress.last_failed_at, now);
  const wait = Math.max(
    secondsToWait(account.failures, account.last_failed_at, now, FREE_FAILURES),
    secondsToWait(addressFailures, fromAddress.last_failed_at, now, ADDRESS_FREE_FAILURES),
  );
  if (wait > 0) throw new TooManyAttemptsError(wait);
  await countFailure(em, username, address, account.failures + 1, now);
  await countFailure(em, ANY_ACCOUNT, address, addressFailures + 1, now);
}

/** After a success: the account starts afresh from this address (the address's own count stays). */
export async function clearLoginAttempts(em: EntityManager, username: string, address: string): Promise<void> {
  await em.query('DELETE FROM login_attempts WHERE username = $1 AND address = $2', [username, address]);
}

async function lockRow(em: EntityManager, username: string, address: string) {
  await em.query(
    'INSERT INTO login_attempts (username, address, failures, last_failed_at) VALUES ($1, $2, 0, now()) ON CONFLICT DO NOTHING',
    [username, address],
  );
  const [row]: { failures: number; last_failed_at: Date }[] = await em.query(
    'SELECT failures, last_failed_at FROM login_attempts WHERE username = $1 AND address = $2 FOR UPDATE',
    [username, address],
  );
  return row;
}

async function countFailure(em: EntityManager, username: string, address: string, failures: number, at: Date): Promise<void> {
  await em.query('UPDATE login_attempts SET failures = $3, last_failed_at = $4 WHERE username = $1 AND address = $2', [
    username,
    address,
    failures,
    at,
  ]);
}

/** The throttle's row for one user's checks of the current password (no user name contains a colon). */
const passwordCheckKey = (userId: string) => `password-check:${userId}`;
const ANY_ADDRESS = '*';

/**
 * Count a check of the signed-in user's current password (`changePassword`) as a failure before it
 * is made, with the login's doubling wait after FREE_FAILURES, keyed on the user from any address:
 * a borrowed session cannot guess the password it does not know. TOO_MANY_ATTEMPTS without counting.
 */
export async function claimPasswordCheck(em: EntityManager, userId: string): Promise<void> {
  const row = await lockRow(em, passwordCheckKey(userId), ANY_ADDRESS);
  const [{ now }]: { now: Date }[] = await em.query('SELECT now() AS now');
  const wait = secondsToWait(row.failures, row.last_failed_at, now, FREE_FAILURES);
  if (wait > 0) throw new TooManyAttemptsError(wait, '当前密码错误', 'PASSWORD_CHECK_THROTTLED');
  await countFailure(em, passwordCheckKey(userId), ANY_ADDRESS, row.failures + 1, now);
}

/** After the right current password: the user's checks start afresh. */
export async function clearPasswordChecks(em: EntityManager, userId: string): Promise<void> {
  await em.query('DELETE FROM login_attempts WHERE username = $1 AND address = $2', [passwordCheckKey(userId), ANY_ADDRESS]);
}
