import { describe, expect, it } from 'vitest';
import { maskPhone } from './mask.js';

describe('maskPhone (PIPL art. 51; Product rule: personal data masked)', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0335-1234567')).toBe('033****4567');
  });
  it('hides short numbers whole, and answers nothing for none', () => {
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('')).toBeNull();
  });
});
