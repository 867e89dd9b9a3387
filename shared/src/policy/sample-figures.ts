import { quoteBenefit } from '../benefits/quote-benefit.js';
import type { BenefitQuoteInput } from '../benefits/quote-types.js';
import { computeContribution } from '../contributions/compute-contribution.js';
import type { ContributionInput } from '../contributions/contribution-input.js';
import { monthOf, yearOf } from '../core/dates.js';
import type { Label } from '../rights/roles.js';
import type { PolicyPackVersion } from './pack-types.js';

/** One sample figure computed from a pack version: a quote or a contribution for a typical person. */
export interface SampleFigure {
  id: string;
  label: Label;
  /** The figure (money with 2 decimals), or null with the code when this version cannot compute it. */
  value: string | null;
  issue: string | null;
}

export interface FigureComparison extends SampleFigure {
  before: string | null;
  after: string | null;
  changed: boolean;
}

/** A severe-III (grade 5) claimant billed 4 000.00 of care in a whole month, per care mode the version pays. */
const BILLED = '4000.00';
const INCOME = '40000.00';

function quotes(version: PolicyPackVersion, month: string): [string, Label, BenefitQuoteInput][] {
  const base = {
    grade: 5,
    month,
    lines: [{ category: 'care' as const, amount: BILLED }],
    annualCap: { perCapitaIncome: INCOME, paidYearToDate: '0.00' },
  };
  const out: [string, Label, BenefitQuoteInput][] = [];
  const employees = version.benefits.employees;
  if (employees.kind === 'monthlyCap') {
    for (const [subtype, zh, en] of [
      ['medical', '医疗机构', 'medical institution'],
      ['integrated', '医养结合机构', 'integrated care institution'],
      ['elderly', '养老机构', 'elderly care institution'],
    ] as const)
      out.push([
        `employee.institution.${subtype}`,
        { zh: `职工·机构护理（${zh}）·重度三级·月护理费4000元：基金支付`, en: `Employee, ${en}, severe III, 4,000 billed: fund pays` },
        { ...base, insuredCategory: 'employee', careMode: 'institution', institutionSubtype: subtype },
      ]);
  } else
    out.push([
      'employee.institution',
      { zh: '职工·机构护理·重度三级·月护理费4000元：基金支付', en: 'Employee, institution care, severe III, 4,000 billed: fund pays' },
      { ...base, insuredCategory: 'employee', careMode: 'institution' },
    ]);
  out.push([
    'employee.community',
    { zh: '职工·社区护理·重度三级·月护理费4000元：基金支付', en: 'Employee, community care, severe III, 4,000 billed: fund pays' },
    { ...base, insuredCategory: 'employee', careMode: 'community' },
  ]);
  if (version.eligibility.launch.residents <= version.validFrom)
    out.push([
      'resident.institution',
      { zh: '城乡居民·机构护理·重度三级·月护理费4000元：基金支付', en: 'Resident, institution care, severe III, 4,000 billed: fund pays' },
      { ...base, insuredCategory: 'resident', careMode: 'institution', consecutiveContributionYears: 1 },
    ]);
  return out;
}

function contributions(year: number): [string, Label, ContributionInput][] {
  return [
    [
      'contribution.resident',
      { zh: '城乡居民·上年人均可支配收入40000元：个人年缴费', en: 'Resident, income 40,000: individual part a year' },
      { category: 'resident', year, disposableIncome: INCOME },
    ],
  ];
}

/**
 * Sample figures of a version (Product rule: what an administrator sees a parameter change do):
 * benefit quotes for a typical claimant per care mode and a resident's contribution, each computed
 * by the same shared rules the calculators use, in the month the version takes effect.
 */
export function sampleFigures(version: PolicyPackVersion): SampleFigure[] {
  const month = monthOf(version.validFrom);
  const figures: SampleFigure[] = quotes(version, month).map(([id, label, input]) => {
    const r = quoteBenefit(input, version.benefits);
    return { id, label, value: r.ok ? r.value.fundPays : null, issue: r.ok ? null : r.issues[0].code };
  });
  for (const [id, label, input] of contributions(yearOf(version.validFrom))) {
    const r = computeContribution(input, version.contributions);
    figures.push({ id, label, value: r.ok ? r.value.individualPart : null, issue: r.ok ? null : r.issues[0].code });
  }
  return figures;
}

/** The sample figures of the version a change replaces and of the version after it, side by side. */
export function compareSampleFigures(before: PolicyPackVersion, after: PolicyPackVersion): FigureComparison[] {
  const next = new Map(sampleFigures(after).map((f) => [f.id, f]));
  return sampleFigures(before).map((f) => {
    const a = next.get(f.id);
    const value = a?.value ?? null;
    return { ...f, before: f.value, after: value, value, issue: a?.issue ?? null, changed: f.value !== value };
  });
}
