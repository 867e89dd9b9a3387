import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeIssues, isValidCreditCode } from './credit-code.js';

describe('GB 32100-2015 unified social credit code', () => {
  // 91350100M000100Y4 (values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4) × weights
  // (1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28) = 9+3+27+135+26+420+8+900+112 = 1640;
  // 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
  it('GB 32100-2015 §4: check character is 31 − (Σ weight·value mod 31)', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
  it.each([
    ['91350100M000100Y4Q', false, '校验位错误'],
    ['91350100M000100Y43', true, ''],
    ['9135010', false, '18位'],
    ['91350100M000100YI3', false, '不允许的字符'],
    ['91AB0100M000100Y43', false, '行政区划'],
  ])('GB 32100-2015: %s valid=%s', (code, valid, message) => {
    expect(isValidCreditCode(code)).toBe(valid);
    if (!valid) expect(creditCodeIssues(code)[0].message).toContain(message);
  });
});
