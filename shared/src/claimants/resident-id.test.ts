import { describe, expect, it } from 'vitest';
import { maskResidentId } from './masking.js';
import { ageOn, parseResidentId, residentIdCheckChar } from './resident-id.js';

describe('GB 11643-1999 citizen identity number', () => {
  // 11010519491231002: digits × weights (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
  // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X
  it('GB 11643-1999 §5.2: the check character of the standard’s example 11010519491231002 is X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
  // 44052418800101001: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 → 4
  it('GB 11643-1999 §5.2: 44052418800101001 → 4', () => {
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });
  // 13030219500315001 (Haigang district): 7+27+0+15+0+8+2+9+30+0+0+27+10+25+0+0+2 = 162; 162 mod 11 = 8 → 4
  it('GB 11643-1999 §5.2: 13030219500315001 → 4', () => {
    expect(residentIdCheckChar('13030219500315001')).toBe('4');
  });

  it('GB 11643-1999 §4: birth date from positions 7–14, sex from the parity of position 17', () => {
    expect(parseResidentId('11010519491231002x')).toEqual({
      ok: true,
      value: { number: '11010519491231002X', divisionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
    const man = parseResidentId('130302195003150014');
    expect(man.ok && man.value).toMatchObject({ birthDate: '1950-03-15', sex: 'male', divisionCode: '130302' });
  });

  it.each([
    ['130302195003150013', '校验位错误：应为 4'],
    ['13030219500315001', '应为18位'],
    ['13030219500A150014', '前17位应为数字'],
    ['130302195002300014', '出生日期无效'],
    [42, '应为18位文字'],
  ])('GB 11643-1999: %s is refused (%s)', (value, message) => {
    const parsed = parseResidentId(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code: 'INVALID_RESIDENT_ID', path: 'idNumber' });
    if (!parsed.ok) expect(parsed.issues[0].message).toContain(message);
  });

  it('a birth date after the day of entry is refused', () => {
    // 13030220270101001: 7+27+0+15+0+8+4+0+12+21+0+9+0+5+0+0+2 = 110; 110 mod 11 = 0 → 1
    expect(residentIdCheckChar('13030220270101001')).toBe('1');
    expect(parseResidentId('130302202701010011', '2026-12-01').ok).toBe(false);
    expect(parseResidentId('130302202701010011', '2027-01-01').ok).toBe(true);
  });

  it('age in whole years, the birthday counting', () => {
    expect(ageOn('1950-03-15', '2026-03-14')).toBe(75);
    expect(ageOn('1950-03-15', '2026-03-15')).toBe(76);
  });

  it('Product rule (PIPL art. 28, 51): the number shows its first 3 and last 4 characters', () => {
    expect(maskResidentId('130302195003150014')).toBe('130***********0014');
  });
});
