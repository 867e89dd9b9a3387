import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';

/**
 * Citizen identity number (公民身份号码), national standard GB 11643-1999: 6 digits of the
 * administrative division, 8 of the birth date (YYYYMMDD), 3 of the sequence (odd for men, even for
 * women) and a check character computed modulo 11 (ISO 7064:1983 MOD 11-2).
 */
export const RESIDENT_ID_CITATION = 'GB 11643-1999 (公民身份号码)';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type Sex = 'male' | 'female';

export interface ResidentIdFacts {
  /** The number as stored: 18 characters, a final x upper-cased. */
  number: string;
  divisionCode: string;
  birthDate: IsoDate;
  sex: Sex;
}

/** The check character for the first 17 digits (GB 11643-1999 §5.2: Σ aᵢ·Wᵢ mod 11 → 1 0 X 9 8 7 6 5 4 3 2). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** The number trimmed, with a final lower-case x upper-cased. */
export function normaliseResidentId(value: string): string {
  return value.trim().toUpperCase();
}

const issue = (path: string, message: string): PolicyIssue[] => [{ path, code: 'INVALID_RESIDENT_ID', message }];

/**
 * Every problem with an identity number, in Chinese, or its facts: the birth date and sex it
 * carries (GB 11643-1999 §4). `asOf` refuses a birth date in the future.
 */
export function parseResidentId(
  value: unknown,
  asOf?: IsoDate,
  path = 'idNumber',
): { ok: true; value: ResidentIdFacts } | { ok: false; issues: PolicyIssue[] } {
  if (typeof value !== 'string') return { ok: false, issues: issue(path, `身份证号码应为18位文字，当前为${shown(value)}`) };
  const number = normaliseResidentId(value);
  if (number.length !== 18) return { ok: false, issues: issue(path, `身份证号码应为18位，当前为${number.length}位`) };
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, issues: issue(path, '身份证号码前17位应为数字，第18位为数字或X') };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || birthDate < '1900-01-01' || (asOf && birthDate > asOf)) {
    return { ok: false, issues: issue(path, `身份证号码第7–14位的出生日期无效：${number.slice(6, 14)}`) };
  }
  const expected = residentIdCheckChar(number);
  if (number[17] !== expected) return { ok: false, issues: issue(path, `身份证号码校验位错误：应为 ${expected}`) };
  return {
    ok: true,
    value: { number, divisionCode: number.slice(0, 6), birthDate, sex: Number(number[16]) % 2 === 1 ? 'male' : 'female' },
  };
}

/** Whole years of age on `asOf`. */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
