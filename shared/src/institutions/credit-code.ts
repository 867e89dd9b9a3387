import type { PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';

/**
 * Unified social credit code (统一社会信用代码), national standard GB 32100-2015:
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); positions 3–8 are the
 * administrative division code; the 18th is a check character computed modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_CITATION = 'GB 32100-2015 (法人和其他组织统一社会信用代码编码规则)';

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Every problem with a credit code, in Chinese; an empty list when it is valid. */
export function creditCodeIssues(code: string, path = 'creditCode'): PolicyIssue[] {
  if (typeof code !== 'string')
    return [{ path, code: 'INVALID_CREDIT_CODE', message: `统一社会信用代码应为18位文字，当前为${shown(code)}` }];
  const value = code.trim().toUpperCase();
  if (value.length !== 18) {
    return [{ path, code: 'INVALID_CREDIT_CODE', message: `统一社会信用代码应为18位，当前为${value.length}位` }];
  }
  const bad = [...value].filter((c) => !ALPHABET.includes(c));
  if (bad.length) {
    return [
      {
        path,
        code: 'INVALID_CREDIT_CODE',
        message: `统一社会信用代码含有不允许的字符：${[...new Set(bad)].join('')}（不使用 I、O、S、V、Z）`,
      },
    ];
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return [{ path, code: 'INVALID_CREDIT_CODE', message: '统一社会信用代码第3–8位应为行政区划代码（数字）' }];
  }
  const expected = creditCodeCheckChar(value);
  if (value[17] !== expected) {
    return [{ path, code: 'INVALID_CREDIT_CODE', message: `统一社会信用代码校验位错误：应为 ${expected}` }];
  }
  return [];
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeIssues(code).length === 0;
}
