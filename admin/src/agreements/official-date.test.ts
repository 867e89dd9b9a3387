import { describe, expect, it } from 'vitest';
import { officialDate } from './official-date';

describe('officialDate (GB/T 9704 成文日期)', () => {
  it('writes the year digit by digit and month and day as numbers', () => {
    expect(officialDate('2026-07-01')).toBe('二〇二六年七月一日');
    expect(officialDate('2027-12-31')).toBe('二〇二七年十二月三十一日');
    expect(officialDate('2030-10-20')).toBe('二〇三〇年十月二十日');
    expect(officialDate('2026-11-15')).toBe('二〇二六年十一月十五日');
  });
  it('leaves anything else as it is', () => {
    expect(officialDate('soon')).toBe('soon');
  });
});
