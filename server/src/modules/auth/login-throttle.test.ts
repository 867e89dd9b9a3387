import { describe, expect, it } from 'vitest';
import {
  ADDRESS_FORGET_SECONDS,
  ADDRESS_FREE_FAILURES,
  addressFailuresCounted,
  FREE_FAILURES,
  MAX_WAIT_SECONDS,
  secondsToWait,
  waitAfter,
} from './login-throttle.js';

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

describe('login throttle per address', () => {
  it('allows ADDRESS_FREE_FAILURES failures across accounts, then doubles the wait', () => {
    expect(waitAfter(ADDRESS_FREE_FAILURES - 1, ADDRESS_FREE_FAILURES)).toBe(0);
    expect(waitAfter(ADDRESS_FREE_FAILURES, ADDRESS_FREE_FAILURES)).toBe(1);
    expect(waitAfter(ADDRESS_FREE_FAILURES + 2, ADDRESS_FREE_FAILURES)).toBe(4);
  });

  it('forgets the failures after a quiet ADDRESS_FORGET_SECONDS', () => {
    const last = new Date('2026-11-23T10:00:00Z');
    const at = (seconds: number) => new Date(last.getTime() + seconds * 1000);
    expect(addressFailuresCounted(25, last, at(ADDRESS_FORGET_SECONDS))).toBe(25);
    expect(addressFailuresCounted(25, last, at(ADDRESS_FORGET_SECONDS + 1))).toBe(0);
  });
});
