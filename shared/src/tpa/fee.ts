import { D, isMoney, type Money, maxDec, money } from '../core/money.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { requireNonNegativeMoney, requireRecord, requireRecordList } from '../core/validate.js';
import { isPoints } from '../scorecards/points.js';

/** One band of the contract's score → fee schedule: from `minScore` (inclusive) up, pay `payRate` of the fee. */
export interface TpaServiceFeeBand {
  minScore: string;
  payRate: string;
}

export interface TpaServiceFeeInput {
  /** The year's service fee agreed in the contract. */
  contractFee: Money;
  /** The year's total score out of 100 (Tianjin art. 14). */
  score: string;
  /** The contract's schedule (Tianjin art. 18); one band must start at 0. */
  schedule: TpaServiceFeeBand[];
  /** Fund losses the TPA caused (Tianjin art. 19); empty when none. */
  fundLosses: { description: string; amount: Money }[];
  /** Below this score the result is poor (Tianjin art. 20); the documents leave it to the contract. */
  poorResultBelow?: string;
  /** The TPA severely breached the service contract (Tianjin art. 20). */
  severeBreach: boolean;
}

export type TpaAction = 'interview' | 'rectifyByDeadline' | 'terminate' | 'referForRiskRating';

export interface TpaServiceFeeResult {
  band: TpaServiceFeeBand;
  scheduledFee: Money;
  fundLosses: Money;
  fee: Money;
  /** Losses the fee could not absorb, to be recovered otherwise. */
  unrecoveredLoss: Money;
  poorResult: boolean;
  actions: { action: TpaAction; mandatory: boolean; citation: string }[];
}

function checkFee(input: TpaServiceFeeInput): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  requireNonNegativeMoney(issues, 'contractFee', input.contractFee);
  const score = (path: string, value: unknown) => {
    if (issues.required(path, value) && !(isPoints(value) && new D(value).lessThanOrEqualTo(100)))
      issues.add(path, 'OUT_OF_RANGE', `${path} must be a decimal string in [0, 100]`);
  };
  score('score', input.score);
  if (!Array.isArray(input.schedule) || input.schedule.length === 0)
    issues.add('schedule', 'REQUIRED', 'the contract’s score → fee schedule is required (Tianjin art. 18)');
  else if (requireRecordList(issues, 'schedule', input.schedule)) {
    const starts = new Set<string>();
    input.schedule.forEach((b, i) => {
      score(`schedule.${i}.minScore`, b.minScore);
      if (!isPoints(b.payRate)) issues.add(`schedule.${i}.payRate`, 'OUT_OF_RANGE', 'payRate must be a decimal string ≥ 0 such as "0.9"');
      const start = isPoints(b.minScore) ? new D(b.minScore).toString() : undefined;
      if (start !== undefined && starts.has(start)) issues.add(`schedule.${i}.minScore`, 'NOT_ALLOWED', `two bands start at ${b.minScore}`);
      if (start !== undefined) starts.add(start);
    });
    if (!input.schedule.some((b) => isPoints(b.minScore) && new D(b.minScore).isZero()))
      issues.add('schedule', 'OUT_OF_RANGE', 'the schedule must cover every score: one band must start at 0');
  }
  if (!Array.isArray(input.fundLosses)) issues.add('fundLosses', 'REQUIRED', 'fundLosses must be a list (empty when none)');
  else if (requireRecordList(issues, 'fundLosses', input.fundLosses))
    input.fundLosses.forEach((l, i) => {
      issues.required(`fundLosses.${i}.description`, l.description);
      if (!(isMoney(l.amount) && !l.amount.startsWith('-')))
        issues.add(`fundLosses.${i}.amount`, 'INVALID_MONEY', 'amount must be money ≥ 0');
    });
  if (input.poorResultBelow === undefined)
    issues.add(
      'poorResultBelow',
      'PARAMETER_MISSING',
      'Tianjin art. 20 leaves "考核清算结果较差" to the contract: give the score below which the result is poor',
    );
  else score('poorResultBelow', input.poorResultBelow);
  if (typeof input.severeBreach !== 'boolean') issues.add('severeBreach', 'REQUIRED', 'severeBreach must be true or false');
  return issues;
}

/**
 * The service fee a TPA is paid for the year: the contract's schedule applied to its score
 * (Tianjin art. 18), minus the fund losses it caused (art. 19), never below 0; a poor result
 * brings an interview and a deadline to rectify, a severe breach termination (art. 20).
 * The Qinhuangdao art. 63 cap (≤ 5% of the year's fund, paid quarterly) is the fund domain's
 * `tpaFeeCap`, applied to what this returns.
 */
export function tpaFee(input: TpaServiceFeeInput): PolicyResult<TpaServiceFeeResult> {
  const issues = checkFee(input);
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const band = [...input.schedule]
    .sort((a, b) => new D(b.minScore).comparedTo(a.minScore))
    .find((b) => new D(input.score).greaterThanOrEqualTo(b.minScore))!;
  const scheduledFee = t.step(
    'tpa.scheduledFee',
    'Tianjin art. 18',
    { contractFee: input.contractFee, score: input.score, band },
    money(new D(input.contractFee).times(band.payRate)),
  );
  const losses = input.fundLosses.reduce((acc, l) => acc.plus(l.amount), new D(0));
  const afterLosses = new D(scheduledFee).minus(losses);
  const fee = t.step(
    'tpa.fundLosses',
    'Tianjin art. 19',
    { scheduledFee, fundLosses: input.fundLosses },
    money(maxDec(afterLosses, new D(0))),
    afterLosses.lessThan(0) ? { note: 'the losses exceed the fee: the fee is 0 and the rest is to be recovered otherwise' } : undefined,
  );
  const unrecoveredLoss = money(maxDec(afterLosses.negated(), new D(0)));
  const poorResult = new D(input.score).lessThan(input.poorResultBelow!);
  const actions: TpaServiceFeeResult['actions'] = [];
  if (poorResult) {
    // "可以采取约谈、责令限期整改等措施": the agency may, so not mandatory.
    actions.push({ action: 'interview', mandatory: false, citation: 'Tianjin art. 20' });
    actions.push({ action: 'rectifyByDeadline', mandatory: false, citation: 'Tianjin art. 20' });
  }
  if (input.severeBreach) {
    // "应终止合作协议，并建议…纳入保险行业风险评级考核、失信惩戒范畴".
    actions.push({ action: 'terminate', mandatory: true, citation: 'Tianjin art. 20' });
    actions.push({ action: 'referForRiskRating', mandatory: false, citation: 'Tianjin art. 20' });
  }
  t.step(
    'tpa.consequences',
    'Tianjin art. 20',
    { score: input.score, poorResultBelow: input.poorResultBelow, severeBreach: input.severeBreach },
    actions.map((a) => a.action),
  );
  return ok({ band, scheduledFee, fundLosses: money(losses), fee, unrecoveredLoss, poorResult, actions }, t.steps);
}
