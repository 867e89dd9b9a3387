import {
  type ActuarialInput,
  D,
  type FundParams,
  lastDayOf,
  money,
  type ProjectionAssumptions,
  policyPack,
  qinhuangdaoFundParams,
} from '@ltci/shared';
import type { Dashboard } from './fundApi';

/** The region's fund parameters as the server applied them (its threshold, with the administrator's overrides). */
export function fundParamsOf(d: Dashboard): FundParams {
  const pack = policyPack(d.regionId, lastDayOf(d.asOfMonth));
  const fund = pack.ok ? pack.value.fund : qinhuangdaoFundParams;
  return { ...fund, warnings: { ...fund.warnings, capacityMonthsThreshold: d.thresholdMonths } };
}

const avg = (values: string[]) => (values.length ? values.reduce((s, v) => s.plus(v), new D(0)).dividedBy(values.length) : new D(0));

/**
 * Starting assumptions from the last 12 months, each one stated on screen and editable: contributions
 * as the months' average income; today's payments split 60 : 40 between institutional care at
 * 1,500.00 and home care at 900.00 a person a month (**assumption**, not data: no claimant register yet).
 */
export function defaultAssumptions(d: Dashboard): ProjectionAssumptions {
  const last = d.series.filter((p) => p.month < d.asOfMonth || d.series.length === 1).slice(-12);
  const payments = avg(last.map((p) => p.expenditure));
  const institution = payments.times('0.6').dividedBy(1500).floor().toNumber();
  const home = payments.times('0.4').dividedBy(900).floor().toNumber();
  const benefits = new D(institution).times(1500).plus(new D(home).times(900));
  return {
    monthlyContributions: money(avg(last.map((p) => p.income))),
    contributionRateFactor: '1',
    monthlySubsidy: '0.00',
    beneficiaries: [
      { grade: '重度失能', mode: 'institution', count: institution, averageMonthlyBenefit: '1500.00' },
      { grade: '重度失能', mode: 'home', count: home, averageMonthlyBenefit: '900.00' },
    ],
    beneficiaryGrowthPerYear: '0.10',
    otherMonthlyExpenditure: money(D.max(payments.minus(benefits), 0)),
  };
}

/**
 * Ten-year assumptions (**assumptions**, stated and editable), calibrated to the last 12 months: three
 * age bands of 70 / 25 / 5 % with disability incidence 0.02 / 0.2 / 2 %, care modes 30 : 70 at
 * 18,000.00 and 10,800.00 a year, as many insured as give today's payments, each paying today's
 * contributions; growth rates as shown.
 */
export function defaultActuarial(d: Dashboard, assumptions: ProjectionAssumptions): ActuarialInput {
  const careModes = [
    { mode: 'institution', share: '0.3', annualBenefit: '18000.00' },
    { mode: 'home', share: '0.7', annualBenefit: '10800.00' },
  ];
  const split = [
    { band: '18–59', part: '0.7', incidence: '0.0002' },
    { band: '60–79', part: '0.25', incidence: '0.002' },
    { band: '80+', part: '0.05', incidence: '0.02' },
  ];
  const last = d.series.filter((p) => p.month < d.asOfMonth || d.series.length === 1).slice(-12);
  const annualPayments = avg(last.map((p) => p.expenditure)).times(12);
  const perBeneficiary = careModes.reduce((s, m) => s.plus(new D(m.share).times(m.annualBenefit)), new D(0));
  const perInsured = split.reduce((s, b) => s.plus(new D(b.part).times(b.incidence)), new D(0));
  const insured = D.max(annualPayments.dividedBy(perBeneficiary).dividedBy(perInsured).round(), 1);
  const bands = split.map((b) => ({ band: b.band, insured: insured.times(b.part).round().toNumber(), incidence: b.incidence }));
  const total = bands.reduce((s, b) => s + b.insured, 0);
  return {
    startYear: Number(d.asOfMonth.slice(0, 4)) + 1,
    years: 10,
    openingBalance: d.balance,
    bands,
    insuredGrowthPerYear: '0.01',
    contributionPerInsured: money(new D(assumptions.monthlyContributions).times(12).dividedBy(total)),
    contributionGrowthPerYear: '0.03',
    careModes,
    benefitGrowthPerYear: '0.05',
    subsidyPerYear: '0.00',
  };
}
