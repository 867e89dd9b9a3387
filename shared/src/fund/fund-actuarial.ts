import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { FundParams } from './params.js';

/** Insured people of one age band and the share of them disabled enough to draw benefits (失能发生率). */
export interface AgeBand {
  band: string;
  insured: number;
  /** e.g. "0.004" = 0.4% of the band draws benefits. */
  incidence: string;
}

/** One care mode's share of beneficiaries and what one of them costs the fund a year. */
export interface CareModeShare {
  mode: string;
  share: string;
  annualBenefit: Money;
}

/** The stated assumptions of the mid-to-long-term actuarial view (Tumxuk §6(三): 中长期精算分析). */
export interface ActuarialInput {
  startYear: number;
  years: number;
  openingBalance: Money;
  bands: AgeBand[];
  insuredGrowthPerYear: string;
  /** Contributions per insured person a year at the first year's rate. */
  contributionPerInsured: Money;
  /** Contribution rate change a year (e.g. "0.05" = +5% a year, as the resident rate rises). */
  contributionGrowthPerYear: string;
  careModes: CareModeShare[];
  benefitGrowthPerYear: string;
  subsidyPerYear: Money;
}

export interface ActuarialYear {
  year: number;
  insured: number;
  beneficiaries: number;
  income: Money;
  expenditure: Money;
  balance: Money;
  warningLine: Money | null;
  belowLine: boolean;
}

export interface FundActuarial {
  years: ActuarialYear[];
  /** The first year that ends below the warning line, and the first that ends below zero (null: not within the horizon). */
  belowLineYear: number | null;
  exhaustionYear: number | null;
}

const dec = /^\d{1,3}(\.\d{1,6})?$/;

function collectIssues(input: ActuarialInput): Issues {
  const issues = new Issues();
  if (!Number.isInteger(input?.startYear) || input.startYear < 2000 || input.startYear > 2099)
    issues.add('startYear', 'OUT_OF_RANGE', 'startYear 2000–2099');
  if (!Number.isInteger(input?.years) || input.years < 1 || input.years > 30) issues.add('years', 'OUT_OF_RANGE', 'years 1–30');
  for (const f of ['openingBalance', 'contributionPerInsured', 'subsidyPerYear'] as const)
    if (!isMoney(input?.[f])) issues.add(f, 'INVALID_MONEY', `${f} must be an amount`);
  for (const f of ['insuredGrowthPerYear', 'contributionGrowthPerYear', 'benefitGrowthPerYear'] as const)
    if (typeof input?.[f] !== 'string' || !dec.test(input[f])) issues.add(f, 'OUT_OF_RANGE', `${f} must be a decimal ≥ 0`);
  if (!Array.isArray(input?.bands) || !input.bands.length) issues.add('bands', 'REQUIRED', 'at least one age band');
  else
    input.bands.forEach((b, i) => {
      if (!Number.isInteger(b?.insured) || b.insured < 0) issues.add(`bands.${i}.insured`, 'OUT_OF_RANGE', 'insured ≥ 0');
      if (typeof b?.incidence !== 'string' || !dec.test(b.incidence) || new D(b.incidence).greaterThan(1))
        issues.add(`bands.${i}.incidence`, 'OUT_OF_RANGE', 'incidence 0–1');
    });
  if (!Array.isArray(input?.careModes) || !input.careModes.length) issues.add('careModes', 'REQUIRED', 'at least one care mode');
  else {
    const shares = input.careModes.reduce(
      (s: Dec, m) => s.plus(typeof m?.share === 'string' && dec.test(m.share) ? m.share : 'NaN'),
      new D(0),
    );
    if (!shares.equals(1)) issues.add('careModes', 'OUT_OF_RANGE', 'the care-mode shares must add up to 1');
    input.careModes.forEach((m, i) => {
      if (!isMoney(m?.annualBenefit)) issues.add(`careModes.${i}.annualBenefit`, 'INVALID_MONEY', 'annualBenefit must be an amount');
    });
  }
  return issues;
}

/**
 * Ten years of the fund under stated assumptions (Tumxuk §6(三): 建立基金运行监控和风险防范机制，
 * 开展中长期精算分析): insured growth, disability incidence by age band, care-mode mix and benefit
 * levels, contribution growth, subsidy. Each year's warning line is the region's months ×
 * that year's expenditure ÷ 12 (Qinhuangdao art. 58), when the region states one.
 *
 * @example fundActuarial({ startYear: 2027, years: 10, openingBalance: '5000000.00', bands, insuredGrowthPerYear: '0.01', … }, params)
 */
export function fundActuarial(input: ActuarialInput, params: FundParams): PolicyResult<FundActuarial> {
  const issues = collectIssues(input);
  if (!issues.empty) return fail(issues.list);
  const t = new Tracer();
  const threshold = params.warnings.capacityMonthsThreshold;
  const perBeneficiary = input.careModes.reduce((s: Dec, m) => s.plus(new D(m.share).times(m.annualBenefit)), new D(0));
  t.step(
    'fund.actuarial.assumptions',
    'Tumxuk §6(三) 中长期精算分析',
    {
      bands: input.bands,
      careModes: input.careModes,
      insuredGrowthPerYear: input.insuredGrowthPerYear,
      benefitGrowthPerYear: input.benefitGrowthPerYear,
    },
    { annualBenefitPerBeneficiary: money(perBeneficiary) },
  );
  let balance = new D(input.openingBalance);
  const years: ActuarialYear[] = [];
  for (let y = 0; y < input.years; y++) {
    const grow = new D(1).plus(input.insuredGrowthPerYear).pow(y);
    let insured = new D(0);
    let beneficiaries = new D(0);
    for (const b of input.bands) {
      const n = grow.times(b.insured);
      insured = insured.plus(n);
      beneficiaries = beneficiaries.plus(n.times(b.incidence));
    }
    const income = insured
      .times(input.contributionPerInsured)
      .times(new D(1).plus(input.contributionGrowthPerYear).pow(y))
      .plus(input.subsidyPerYear);
    const expenditure = beneficiaries.times(perBeneficiary).times(new D(1).plus(input.benefitGrowthPerYear).pow(y));
    balance = balance.plus(money(income)).minus(money(expenditure));
    const line = threshold === null ? null : money(expenditure.dividedBy(12).times(threshold));
    years.push({
      year: input.startYear + y,
      insured: insured.round().toNumber(),
      beneficiaries: beneficiaries.round().toNumber(),
      income: money(income),
      expenditure: money(expenditure),
      balance: money(balance),
      warningLine: line,
      belowLine: line !== null && balance.lessThan(line),
    });
  }
  const belowLineYear = years.find((y) => y.belowLine)?.year ?? null;
  const exhaustionYear = years.find((y) => y.balance.startsWith('-'))?.year ?? null;
  t.step(
    'fund.actuarial.years',
    params.warnings.capacityCitation,
    { thresholdMonths: threshold, from: input.startYear, to: input.startYear + input.years - 1 },
    { belowLineYear, exhaustionYear, endBalance: years.at(-1)!.balance },
    { note: 'insured × (1+g)^y; beneficiaries = Σ insured × incidence; expenditure = beneficiaries × Σ share × benefit × (1+b)^y' },
  );
  return ok({ years, belowLineYear, exhaustionYear }, t.steps);
}
