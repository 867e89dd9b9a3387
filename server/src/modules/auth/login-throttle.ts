/**
 * After FREE_FAILURES wrong passwords for one user name, each further attempt must wait
 * twice as long as the previous one (1 s, 2 s, 4 s … at most 5 minutes), counted from the last
 * failure. Kept in PostgreSQL so every copy of the server sees it.
 */
export const FREE_FAILURES = 3;
export const MAX_WAIT_SECONDS = 300;

export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES));
}

/** Seconds still to wait before another attempt is allowed; 0 when it may go ahead. */
export function secondsToWait(failures: number, lastFailedAt: Date, now: Date): number {
  const readyAt = lastFailedAt.getTime() + waitAfter(failures) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}
