/**
 * Login throttling, kept in PostgreSQL so every copy of the server sees it, on two keys:
 *
 * - a user name *from one address*: after FREE_FAILURES wrong passwords each further attempt must
 *   wait twice as long as the previous one (1 s, 2 s, 4 s … at most 5 minutes) from the last
 *   failure, until a success. Keyed on the address too, so an outsider guessing the
 *   administrator's password slows down only themself, never the administrator elsewhere;
 * - an address *across all user names*: the same doubling after ADDRESS_FREE_FAILURES, so trying
 *   one password on many accounts is slowed as well; forgotten after ADDRESS_FORGET_SECONDS
 *   without a failure (an office behind one NAT address is not punished for yesterday's typos),
 *   and not cleared by a success (a guesser's own valid account would reset it).
 */
export const FREE_FAILURES = 3;
export const ADDRESS_FREE_FAILURES = 20;
export const ADDRESS_FORGET_SECONDS = 15 * 60;
export const MAX_WAIT_SECONDS = 300;

export function waitAfter(failures: number, free = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - free));
}

/** Seconds still to wait before another attempt is allowed; 0 when it may go ahead. */
export function secondsToWait(failures: number, lastFailedAt: Date, now: Date, free = FREE_FAILURES): number {
  const wait = waitAfter(failures, free);
  if (wait === 0) return 0;
  const readyAt = lastFailedAt.getTime() + wait * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/** The failures of an address that still count: none once it has been quiet for ADDRESS_FORGET_SECONDS. */
export function addressFailuresCounted(failures: number, lastFailedAt: Date, now: Date): number {
  return now.getTime() - lastFailedAt.getTime() > ADDRESS_FORGET_SECONDS * 1000 ? 0 : failures;
}
