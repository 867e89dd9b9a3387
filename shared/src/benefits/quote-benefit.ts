import { daysInMonth } from '../core/dates.js';
import type { Dec, Money } from '../core/money.js';
import { money } from '../core/money.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { compileBenefitParams, type RateDec } from './compile-params.js';
import { type SplitLines, splitLines } from './exclusions.js';
import { type BenefitFlag, payHomeVisits, type VisitPayment } from './home-visits.js';
import type { BenefitParams } from './params.js';
import type { BenefitCap, BenefitQuote, BenefitQuoteInput } from './quote-types.js';
import { fundingTierRate, gradeCap, minorFactor, monthlyShareAndCap, remainingAnnualCap, shareTableRate } from './share-and-cap.js';
import { collectQuoteIssues, isEmployeeLike } from './validate-quote.js';

const NO_VISITS: VisitPayment[] = [];

/**
 * A claimant's benefit for one month of care: the charges the fund never pays are removed,
 * the rest (no deductible) is shared between the fund and the claimant by the region's
 * share, bounded by its cap (Qinhuangdao art. 31–33; Tumxuk §5(二)(三)(五)).
 */
export function quoteBenefit(input: BenefitQuoteInput, params: BenefitParams): PolicyResult<BenefitQuote> {
  const c = compileBenefitParams(params);
  if (Array.isArray(c)) return fail(c);
  const issues = collectQuoteIssues(input, c);
  if (!issues.empty) return fail(issues.list);

  const t = new Tracer();
  const flags: BenefitFlag[] = [];
  t.step('benefits.qualifyingGrade', params.qualifyingGradesCitation, { grade: input.grade, qualifying: params.qualifyingGrades }, true);
  const lines = splitLines(t, input.lines, params);
  const employee = isEmployeeLike(input.insuredCategory);
  const scheme = employee ? params.employees : params.residents;

  let eligible: Dec = lines.eligible;
  let billed: Dec = lines.billed;
  let eligibleText: Money;
  let billedText = lines.billedText;
  let fund: Dec;
  let fundPays: Money;
  let shareText: string | null = null;
  let cap: BenefitCap;
  let visits = NO_VISITS;

  if (scheme.kind === 'monthlyCap' && input.careMode === 'home') {
    // Qinhuangdao art. 31(1)3: home care is paid per visit, not by a share.
    const wholeMonth = input.serviceDays === undefined || input.serviceDays === daysInMonth(input.month);
    const home = payHomeVisits(t, input.visits!, wholeMonth, c);
    visits = home.visits;
    flags.push(...home.flags);
    billed = billed.plus(home.billedDec);
    eligible = eligible.plus(home.billedDec);
    eligibleText = money(eligible);
    billedText = money(billed);
    eligibleStep(t, params, lines, home.billedTotal, eligibleText);
    fund = home.fundDec;
    fundPays = home.fundPays;
    const applied = visits.some(
      (v) => v.status === 'overMonthlyVisits' || ((v.status === 'paid' || v.status === 'approvedConsecutiveDay') && v.paid !== v.billed),
    );
    cap = { kind: 'homeVisits', amount: scheme.home.monthlyCap, applied };
  } else {
    eligibleText = lines.eligibleText;
    eligibleStep(t, params, lines, null, eligibleText);
    let share: RateDec;
    let capDec: Dec;
    let capText: Money;
    let capKind: BenefitCap['kind'];
    let fundCitation: string;
    if (scheme.kind === 'monthlyCap') {
      const sc = monthlyShareAndCap(t, input, scheme, c);
      ({ share, cap: capDec, capText, capKind } = sc);
      fundCitation = sc.citation;
    } else {
      let annual: Money;
      if (scheme.kind === 'shareTable') {
        share = shareTableRate(t, input, scheme, employee, c);
        annual = gradeCap(t, input, c);
        fundCitation = params.annualCapByGrade!.citation;
      } else {
        ({ share, cap: annual } = fundingTierRate(t, input, scheme, c, flags));
        fundCitation = scheme.citation;
      }
      if (input.insuredCategory === 'minor' && params.minors) ({ share, cap: annual } = minorFactor(t, input, c, share, annual));
      capDec = remainingAnnualCap(t, annual, input.annualCap!.paidYearToDate, fundCitation);
      capText = money(capDec);
      capKind = 'annualRemaining';
    }
    // Fund pays min(share × eligible cost, cap), rounded half-up to the cent.
    const byShare = eligible.times(share.dec).toDecimalPlaces(2);
    const applied = capDec.lessThan(byShare);
    fund = applied ? capDec : byShare;
    fundPays = applied ? capText : money(fund);
    shareText = share.text;
    cap = { kind: capKind, amount: capText, applied };
    t.step('benefits.fundPays', fundCitation, { eligibleCost: eligibleText, share: share.text, cap: capText }, fundPays);
  }

  const claimant = eligible.minus(fund);
  const claimantPays = money(claimant);
  t.step('benefits.claimantPays', params.claimantPartCitation, { eligibleCost: eligibleText, fundPays }, claimantPays);
  return ok(
    {
      region: params.source,
      scheme: scheme.kind,
      billedTotal: billedText,
      excludedCost: lines.excludedText,
      excludedLines: lines.excludedLines,
      eligibleCost: eligibleText,
      fundShareRate: shareText,
      fundPays,
      claimantPays,
      claimantPaysTotal: lines.excludedLines.length ? money(claimant.plus(lines.excluded)) : claimantPays,
      cap,
      visits,
      flags,
      needsReview: flags.some((f) => f.needsReview),
    },
    t.steps,
  );
}

/** Eligible cost = billed − excluded; "不设起付标准": no deductible is taken off. */
function eligibleStep(t: Tracer, params: BenefitParams, lines: SplitLines, visits: Money | null, eligible: Money): void {
  const inputs: Record<string, unknown> = { billedLines: lines.billedText, excluded: lines.excludedText, deductible: '0.00' };
  if (visits !== null) inputs.billedVisits = visits;
  t.step('benefits.eligibleCost', params.noDeductibleCitation, inputs, eligible, { note: '不设起付标准 (no deductible)' });
}
