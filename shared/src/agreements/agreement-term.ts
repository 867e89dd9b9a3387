import { addDays, addMonths, type IsoDate, isIsoDate } from '../core/dates.js';
import { isRecord } from '../core/is-record.js';
import { isMoney } from '../core/money.js';
import { ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import type { InstitutionParams } from '../institutions/params.js';

/** Product rule: an agreement number is one line of at most 50 characters, counted as PostgreSQL counts them (e.g. 新医保评协〔2026〕12号). */
export const AGREEMENT_NUMBER_MAX = 50;

export interface AgreementTermDraft {
  number?: string | null;
  startDate?: IsoDate | null;
  endDate?: IsoDate | null;
  /** An assessment institution's agreed assessment fee, where the region negotiates it (Xinjiang art. 22). */
  assessmentFee?: string | null;
}

export interface AgreementTermWarning {
  citation: string;
  message: string;
  requiresAcknowledgment: true;
}

export interface AgreementTermResult {
  /** The normal term's last day (null when the region's documents state no term). */
  normalEnd: IsoDate | null;
  /** "一般为1年": another term is a warning a person acknowledges with a reason, not an error. */
  warnings: AgreementTermWarning[];
}

/** The normal term's last day: the start day counts, so a 1-year term ends the day before the anniversary (Xinjiang art. 10). */
export function agreementNormalEnd(start: IsoDate, termMonths: number): IsoDate {
  return addDays(addMonths(start, termMonths), -1);
}

/** The art. 10 warning for a term other than the normal one, or null. */
export function agreementTermWarning(normalEnd: IsoDate, end: IsoDate): AgreementTermWarning | null {
  if (end === normalEnd) return null;
  return { citation: 'Xinjiang art. 10', message: `协议期限一般为1年（至${normalEnd}），本协议至${end}`, requiresAcknowledgment: true };
}

const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);

/** What an agreement needs before it can be saved or put in force: a number, a start and an end not before it. */
export function agreementTermIssues(draft: AgreementTermDraft): PolicyIssue[] {
  if (!isRecord(draft as unknown)) return [{ path: 'input', code: 'REQUIRED', message: '请填写协议信息 (the agreement is required)' }];
  const issues: PolicyIssue[] = [];
  const number = typeof draft.number === 'string' ? draft.number.trim() : '';
  if (!number) issues.push({ path: 'number', code: 'REQUIRED', message: '请填写协议编号 (the agreement number is required)' });
  else if ([...number].length > AGREEMENT_NUMBER_MAX)
    issues.push({
      path: 'number',
      code: 'OUT_OF_RANGE',
      message: `协议编号最多${AGREEMENT_NUMBER_MAX}字 (at most ${AGREEMENT_NUMBER_MAX} characters)`,
    });
  else if (hasControlCharacter(number))
    issues.push({ path: 'number', code: 'NOT_ALLOWED', message: '协议编号不能含控制字符 (no control characters)' });
  for (const f of ['startDate', 'endDate'] as const) {
    const v = draft[f];
    if (v === undefined || v === null || v === '')
      issues.push({
        path: f,
        code: 'REQUIRED',
        message: `${f === 'startDate' ? '请填写协议起始日' : '请填写协议终止日'} (${f} is required)`,
      });
    else if (!isIsoDate(v)) issues.push({ path: f, code: 'INVALID_DATE', message: `${f} must be a date YYYY-MM-DD, got ${shown(v)}` });
  }
  if (isIsoDate(draft.startDate) && isIsoDate(draft.endDate) && draft.endDate < draft.startDate)
    issues.push({ path: 'endDate', code: 'OUT_OF_RANGE', message: '协议终止日不能早于起始日 (the end is before the start)' });
  issues.push(...agreementFeeIssues(draft.assessmentFee));
  return issues;
}

/** Product rule: the agreed fee is at most 99999.99 yuan per assessment (a typo guard, not a policy figure). */
export const AGREEMENT_FEE_MAX = '99999.99';

/**
 * The agreed assessment fee, where given: decimal money, 0 < fee ≤ 99999.99, at most two decimals, never a float
 * (Xinjiang art. 22: 评估费用由协商确定, written into the service agreement).
 */
export function agreementFeeIssues(fee: unknown): PolicyIssue[] {
  if (fee === undefined || fee === null || fee === '') return [];
  if (typeof fee !== 'string' || !isMoney(fee) || fee.startsWith('-'))
    return [
      { path: 'assessmentFee', code: 'INVALID_MONEY', message: `评估费应为金额，如 "180.00" (an amount like "180.00", got ${shown(fee)})` },
    ];
  const [whole, frac = ''] = fee.split('.');
  const asCents = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  if (asCents === 0n || asCents > 9999999n)
    return [
      {
        path: 'assessmentFee',
        code: 'OUT_OF_RANGE',
        message: `评估费应大于0且不超过${AGREEMENT_FEE_MAX}元 (more than 0, at most ${AGREEMENT_FEE_MAX})`,
      },
    ];
  return [];
}

/**
 * An agreement's number and term (Xinjiang art. 10: 协议期限一般为1年): the issues that refuse it,
 * else its normal end and a warning to acknowledge when the term differs.
 */
export function checkAgreementTerm(draft: AgreementTermDraft, params: InstitutionParams): PolicyResult<AgreementTermResult> {
  const issues = agreementTermIssues(draft);
  if (issues.length) return { ok: false, issues };
  const start = draft.startDate!;
  const end = draft.endDate!;
  const t = new Tracer();
  const months = params.designation?.agreementTermMonths ?? null;
  const normalEnd = t.step(
    'agreements.term.normalEnd',
    months === null ? 'Qinhuangdao art. 36, 41' : 'Xinjiang art. 10',
    { startDate: start, termMonths: months },
    months === null ? null : agreementNormalEnd(start, months),
    months === null ? { note: 'the region’s documents state no term for agreements' } : undefined,
  );
  const warning = normalEnd === null ? null : agreementTermWarning(normalEnd, end);
  t.step('agreements.term.normal', 'Xinjiang art. 10', { endDate: end, normalEnd }, warning === null);
  return ok({ normalEnd, warnings: warning ? [warning] : [] }, t.steps);
}
