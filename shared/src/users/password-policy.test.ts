import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordClasses, passwordIssues } from './password-policy.js';

const codes = (password: unknown, username?: unknown) => passwordIssues(password, username).map((i) => i.code);

describe('password policy (GB/T 22239-2019 8.1.4.1 a); Product rule: password policy)', () => {
  it('accepts ten characters of three classes that are not the user name', () => {
    expect(codes('Huli-2027kx', 'zhang')).toEqual([]);
    expect(codes('qinhuangdao#27', 'zhang')).toEqual([]);
  });

  it('refuses fewer than ten characters (PASSWORD_TOO_SHORT)', () => {
    expect(codes('Ab1-xyz', 'zhang')).toEqual(['PASSWORD_TOO_SHORT']);
  });

  it('refuses fewer than three classes (PASSWORD_TOO_FEW_CLASSES)', () => {
    expect(codes('abcdefghijk', 'zhang')).toEqual(['PASSWORD_TOO_FEW_CLASSES']);
    expect(codes('abcdefghij12', 'zhang')).toEqual(['PASSWORD_TOO_FEW_CLASSES']);
    expect(passwordClasses('aA1-')).toBe(4);
    expect(passwordClasses('长期护理Ab')).toBe(3);
  });

  it('refuses the user name inside the password, in any case (PASSWORD_CONTAINS_USERNAME)', () => {
    expect(codes('Inspector#2027', 'inspector')).toEqual(['PASSWORD_CONTAINS_USERNAME']);
  });

  it('refuses the demo password and what only decorates it (PASSWORD_PUBLISHED)', () => {
    expect(codes('Demo@2026', 'zhang')).toContain('PASSWORD_PUBLISHED');
    expect(codes('Demo@2026!!x', 'zhang')).toEqual(['PASSWORD_PUBLISHED']);
  });

  it('answers any JSON with issues, never a throw (PASSWORD_REQUIRED, PASSWORD_TOO_LONG)', () => {
    expect(codes(undefined)).toEqual(['PASSWORD_REQUIRED']);
    expect(codes(42, null)).toEqual(['PASSWORD_REQUIRED']);
    expect(codes(`Aa1-${'x'.repeat(300)}`)).toEqual(['PASSWORD_TOO_LONG']);
    fc.assert(fc.property(fc.anything(), fc.anything(), (p, u) => Array.isArray(passwordIssues(p, u))));
  });

  it('every issue carries its citation and message', () => {
    for (const i of passwordIssues('a', 'a')) {
      expect(i.citation).toMatch(/GB\/T 22239-2019/);
      expect(i.message.length).toBeGreaterThan(0);
    }
  });
});
