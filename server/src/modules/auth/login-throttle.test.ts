import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, MAX_WAIT_SECONDS, secondsToWait, waitAfter } from './login-throttle.js';

describe('login throttle', () => {
  it.each([
    [0, 0],
    [FREE_FAILURES - 1, 0],
    [FREE_FAILURES, 1],
    [FREE_FAILURES + 1, 2],
    [FREE_FAILURES + 3, 8],
    [FREE_FAILURES + 30, MAX_WAIT_SECONDS],
  ])('after %i failures the next attempt waits %i s', (failures, seconds) => {
    expect(waitAfter(failures)).toBe(seconds);
  });

  it('counts the wait from the last failure', () => {
    const last = new Date('2026-11-23T10:00:00Z');
    expect(secondsToWait(FREE_FAILURES + 2, last, new Date('2026-11-23T10:00:01Z'))).toBe(3);
    expect(secondsToWait(FREE_FAILURES + 2, last, new Date('2026-11-23T10:00:05Z'))).toBe(0);
  });
});
