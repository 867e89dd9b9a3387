import { daysInMonth } from '../core/dates.js';
import { D, type Dec, decimalText, type Money, money } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import { annualCapStep } from './annual-cap.js';
import type { CompiledBenefitParams, RateDec } from './compile-params.js';
import type { BenefitFlag } from './home-visits.js';
import type { FundingTierScheme, MonthlyCapScheme, ShareTableScheme } from './params.js';
import type { BenefitQuoteInput } from './quote-types.js';
import { activeTier } from './validate-quote.js';

/** The fund's share rate and the cap that bounds its payment, before they meet the eligible cost. */
export interface ShareAndCap {
  share: RateDec;
  cap: Dec;
  capText: Money;
  capKind: 'monthly' | 'annualRemaining';
  citation: string;
}

/** Qinhuangdao art. 31(1)1–2: share and monthly cap, prorated "÷30天×实际享受待遇天数" in a part month. */
export function monthlyShareAndCap(t: Tracer, input: BenefitQuoteInput, scheme: MonthlyCapScheme, c: CompiledBenefitParams): ShareAndCap {
  const key = input.careMode === 'institution' ? `institution.${input.institutionSubtype}` : 'community';
  const m = c.monthly.get(key)!;
  t.step(
    'benefits.shareAndMonthlyCap',
    m.rule.citation,
    { careMode: input.careMode, institutionSubtype: input.institutionSubtype ?? null },
    { share: m.share.text, monthlyCap: m.rule.monthlyCap },
  );
  const monthLength = daysInMonth(input.month);
  const days = input.serviceDays ?? monthLength;
  let cap = m.cap;
  let capText = m.rule.monthlyCap;
  if (days < monthLength || scheme.partMonthCap === 'prorateEveryMonth') {
    const prorated = m.cap.dividedBy(scheme.partMonthDivisor).times(days).toDecimalPlaces(2);
    cap = prorated.lessThan(m.cap) ? prorated : m.cap;
    capText = money(cap);
  }
  t.step(
    'benefits.monthCap',
    m.rule.citation,
    { monthlyCap: m.rule.monthlyCap, divisor: scheme.partMonthDivisor, serviceDays: days, daysInMonth: monthLength },
    capText,
    { interpretation: `partMonthCap=${scheme.partMonthCap}` },
  );
  return { share: m.share, cap, capText, capKind: 'monthly', citation: m.rule.citation };
}

/** Tumxuk §5(三): share by insured scheme and mode; §5(五) resident bonus; annual cap by grade. */
export function shareTableRate(
  t: Tracer,
  input: BenefitQuoteInput,
  scheme: ShareTableScheme,
  employee: boolean,
  c: CompiledBenefitParams,
): RateDec {
  const p = c.params;
  if (input.careMode === 'family') {
    t.step('benefits.shareRate', p.familyCare!.citation, { careMode: 'family' }, c.familyShare!.text);
    return c.familyShare!;
  }
  const table = employee ? c.employeeShares! : c.residentShares!;
  let share = table.get(input.careMode)!;
  t.step('benefits.shareRate', scheme.citation, { insuredAs: employee ? 'employee' : 'resident', careMode: input.careMode }, share.text);
  const bonus = p.residentBonus;
  if (!employee && bonus && c.bonus) {
    const years = input.consecutiveContributionYears!;
    if (years >= bonus.minConsecutiveYears) {
      const raised = share.dec.plus(c.bonus.points);
      const dec = bonus.residentBonus === 'plusPointsCapped' && raised.greaterThan(c.bonus.ceiling) ? c.bonus.ceiling : raised;
      share = { dec, text: decimalText(dec, 2) };
    }
    t.step(
      'benefits.residentBonus',
      bonus.citation,
      { consecutiveContributionYears: years, minYears: bonus.minConsecutiveYears, points: bonus.points, ceiling: bonus.ceiling },
      share.text,
      { interpretation: `residentBonus=${bonus.residentBonus}` },
    );
  }
  return share;
}

/** Qinhuangdao art. 31(2), provisional: share and annual cap of the pack's resident funding rate. */
export function fundingTierRate(
  t: Tracer,
  input: BenefitQuoteInput,
  scheme: FundingTierScheme,
  c: CompiledBenefitParams,
  flags: BenefitFlag[],
): { share: RateDec; cap: Money } {
  const tier = activeTier(c)!;
  t.step(
    'benefits.residentTier',
    scheme.citation,
    { fundingRate: scheme.fundingRate },
    { share: tier.share.text, annualCapRate: tier.annualCapRate.text },
    { note: '暂行：年度限额“原则上不超过”、支付比例“左右”；各护理方式的具体标准另行制定 (provisional)' },
  );
  flags.push({
    code: 'PROVISIONAL_STANDARD',
    path: 'insuredCategory',
    citation: scheme.citation,
    message: '城乡居民待遇标准为暂行，具体支付标准另行制定 (resident standards are provisional until set separately)',
    needsReview: false,
  });
  const income = input.annualCap!.perCapitaIncome;
  const cap = money(new D(income).times(tier.annualCapRate.dec));
  t.step('benefits.annualCap', scheme.citation, { income, rate: tier.annualCapRate.text }, cap);
  return { share: tier.share, cap };
}

/** The annual cap of a grade (Tumxuk §5(三)). */
export function gradeCap(t: Tracer, input: BenefitQuoteInput, c: CompiledBenefitParams): Money {
  const rule = c.params.annualCapByGrade!;
  const rate = c.gradeCapRates!.get(input.grade)!;
  return annualCapStep(t, input.grade, input.annualCap!.perCapitaIncome, rate.text, rate.dec, rule.gradeCapStep, rule.citation);
}

/** Qinhuangdao art. 31(2) ¶2: a minor's standard halved (one of two parents insured) or nil (neither). */
export function minorFactor(
  t: Tracer,
  input: BenefitQuoteInput,
  c: CompiledBenefitParams,
  share: RateDec,
  cap: Money,
): { share: RateDec; cap: Money } {
  const rule = c.params.minors!;
  const f = input.guardianCover === 'oneOfTwo' ? c.minorFactors!.oneOfTwo : input.guardianCover === 'none' ? c.minorFactors!.none : null;
  if (!f) {
    t.step('benefits.minorStandard', rule.citation, { guardianCover: input.guardianCover }, { factor: '1', share: share.text, cap });
    return { share, cap };
  }
  const dec = share.dec.times(f.dec);
  const out = { share: { dec, text: dec.toString() }, cap: money(new D(cap).times(f.dec)) };
  t.step(
    'benefits.minorStandard',
    rule.citation,
    { guardianCover: input.guardianCover, share: share.text, cap },
    { factor: f.text, ...out, share: out.share.text },
  );
  return out;
}

/** What remains of the annual cap after this year's payments; never below zero. */
export function remainingAnnualCap(t: Tracer, cap: Money, paidYearToDate: Money, citation: string): Dec {
  const left = new D(cap).minus(paidYearToDate);
  const remaining = left.isNegative() ? new D(0) : left;
  t.step('benefits.annualCapRemaining', citation, { annualCap: cap, paidYearToDate }, money(remaining));
  return remaining;
}
