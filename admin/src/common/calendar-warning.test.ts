import { describe, expect, it } from 'vitest';
import { DEADLINE_REACH_DAYS, deadlineYears } from './CalendarWarning';

describe('deadlineYears: the years a record page warns about (issue 8, calendar)', () => {
  it(`a date's year, and the next when a deadline counted from it can pass 31 December (${DEADLINE_REACH_DAYS} days)`, () => {
    // 2026-10-02 + 90 days: 29 left in October, 30 in November, 31 in December = 90 → 2026-12-31, still 2026
    expect(deadlineYears(['2026-10-02'])).toEqual([2026]);
    // a day later reaches 2027-01-01
    expect(deadlineYears(['2026-10-03'])).toEqual([2026, 2027]);
    // an info change approved 2026-11-20 (Xinjiang art. 21, 30 working days; 29 are left in 2026)
    expect(deadlineYears(['2026-11-20', null, undefined, ''])).toEqual([2026, 2027]);
    expect(deadlineYears(['2025-06-30', '2024-01-15T08:00:00Z'])).toEqual([2024, 2025]);
  });
});
