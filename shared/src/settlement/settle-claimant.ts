import { moneyText } from '../benefits/money-text.js';
import type { BenefitParams } from '../benefits/params.js';
import { quoteBenefit } from '../benefits/quote-benefit.js';
import type { BenefitQuoteInput, BilledLine } from '../benefits/quote-types.js';
import { isEmployeeLike } from '../benefits/validate-quote.js';
import { daysInMonth, type IsoDate, type IsoMonth, isIsoMonth } from '../core/dates.js';
import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { within } from './audit-facts.js';
import { daysOf, minutesOf } from './declared-record.js';
import type {
  ClaimantInstitutionLine,
  ClaimantMonthFacts,
  ClaimantSettlement,
  RecordPayment,
  RecordPaymentStatus,
  SettlementRecord,
} from './settle-types.js';
import { REVIEW_DECISIONS } from './settle-types.js';

/** Qinhuangdao art. 57 (智能审核): a record with an undecided blocking flag is held; a reviewer's decision pays, reduces or refuses it. */
export const REVIEW_CITATION = 'Qinhuangdao art. 57';
/** Benefits run from the month after the conclusion letter (art. 28), stop in a hospital stay (art. 33(3), 34(3)), at death and under a suspension (art. 34). */
export const BENEFIT_DAYS_CITATION = 'Qinhuangdao art. 28, 33(3), 34';
/** The fund's part is settled monthly with the institution, the claimant pays the rest to it directly (art. 32, 55). */
export const SETTLEMENT_CITATION = 'Qinhuangdao art. 32, 55';
/** The care plan fixes the mode (art. 30): visits under a home plan, days under an institution or community plan. */
export const CARE_PLAN_MODE_CITATION = 'Qinhuangdao art. 30';

const ZERO = new D(0);
const CENT = new D('0.01');

interface Working {
  input: SettlementRecord;
  status: RecordPaymentStatus;
  billed: Dec;
  excluded: Dec;
  excludedLines: BilledLine[];
  /** The cost entering the quote. */
  eligible: Dec;
  fund: Dec;
  /** The same figures as text where they are already known (spares a decimal print per figure on a city's month). */
  billedText: Money;
  eligibleText: Money | null;
  fundText: Money | null;
  citation: string;
  payableDays: IsoDate[];
}

function checkInput(month: IsoMonth, facts: ClaimantMonthFacts, records: readonly SettlementRecord[]): Issues {
  const issues = new Issues();
  if (!isIsoMonth(month)) issues.add('month', 'INVALID_DATE', `month must be YYYY-MM, got ${shown(month)}`);
  issues.required('facts.claimantId', facts?.claimantId);
  records.forEach((r, i) => {
    const p = `records.${i}`;
    if (r?.record?.claimantId !== facts?.claimantId)
      issues.add(`${p}.record.claimantId`, 'NOT_ALLOWED', `记录 ${shown(r?.record?.key)} 不属于该参保人 (another claimant's record)`);
    for (const [j, line] of (r?.record?.lines ?? []).entries())
      if (!isMoney(line?.amount))
        issues.add(`${p}.record.lines.${j}.amount`, 'INVALID_MONEY', `amount must be money, got ${shown(line?.amount)}`);
    const review = r?.review;
    if (review) {
      if (!REVIEW_DECISIONS.includes(review.decision))
        issues.add(`${p}.review.decision`, 'NOT_ALLOWED', `decision must be pay, reduce or refuse, got ${shown(review.decision)}`);
      if (!review.reason?.trim()) issues.add(`${p}.review.reason`, 'REASON_REQUIRED', '审核决定须说明理由 (a decision needs a reason)');
      if (review.decision === 'reduce' && !(isMoney(review.amount) && !review.amount.startsWith('-')))
        issues.add(
          `${p}.review.amount`,
          'INVALID_MONEY',
          `核减须给出核定金额 (a reduction needs the accepted amount), got ${shown(review.amount)}`,
        );
    }
  });
  return issues;
}

/** The month's days that carry benefits: from the benefit start, up to death, outside hospital stays and suspensions. */
function benefitDaysOf(month: IsoMonth, facts: ClaimantMonthFacts): Set<IsoDate> {
  const days = new Set<IsoDate>();
  const spans = facts.hospitalStays.length || facts.suspensions.length ? [...facts.hospitalStays, ...facts.suspensions] : null;
  // the days are built as text (a month's 28–31 of them, for every claimant of a city: no Date objects)
  for (let day = 1, n = daysInMonth(month); day <= n; day++) {
    const d = `${month}-${day < 10 ? '0' : ''}${day}`;
    if (!facts.benefitStart || d < facts.benefitStart) continue;
    if (facts.death && d > facts.death) continue;
    if (spans?.some((s) => within(d, s))) continue;
    days.add(d);
  }
  return days;
}

function split(record: SettlementRecord['record'], params: BenefitParams) {
  const excludedLines: BilledLine[] = [];
  if (record.lines.length === 1 && !params.exclusions[record.lines[0].category]) {
    // the common case, one care line: one decimal, its text kept
    const amount = record.lines[0].amount;
    const billed = new D(amount);
    return { billed, billedText: moneyText(amount, billed), excluded: ZERO, excludedLines };
  }
  let billed = ZERO;
  let excluded = ZERO;
  for (const line of record.lines) {
    const amount = new D(line.amount);
    billed = billed.plus(amount);
    if (params.exclusions[line.category]) {
      excluded = excluded.plus(amount);
      excludedLines.push(line);
    }
  }
  return { billed, billedText: money(billed), excluded, excludedLines };
}

/**
 * Share the fund's payment among a claimant's payable records in proportion to their eligible
 * cost, to the cent: each is rounded down and the cents left go to the largest remainders (then
 * the first key), so the parts always add up to the quote's figure.
 */
function allocate(total: Dec, parts: Working[]): void {
  const sum = parts.reduce((s, w) => s.plus(w.eligible), ZERO);
  if (sum.isZero()) return;
  const exact = parts.map((w) => total.times(w.eligible).dividedBy(sum));
  const floors = exact.map((e) => e.toDecimalPlaces(2, D.ROUND_DOWN));
  let left = total.minus(floors.reduce((s, f) => s.plus(f), ZERO));
  const order = parts.map((_, i) => i).sort((a, b) => exact[b].minus(floors[b]).comparedTo(exact[a].minus(floors[a])) || a - b);
  for (const i of order) {
    if (!left.greaterThan(0)) break;
    floors[i] = floors[i].plus(CENT);
    left = left.minus(CENT);
  }
  parts.forEach((w, i) => {
    w.fund = floors[i];
  });
}

/**
 * One claimant's month of care settled (Qinhuangdao art. 29–33, 55, 57): the records a reviewer
 * refused or has not decided are left out, the days without benefits are taken off (art. 28, 33(3),
 * 34), the rest is priced by `quoteBenefit` (caps, part months, per-visit home care, annual caps,
 * the exclusions of art. 33), and the fund's payment is shared back onto each record, so that every
 * record shows what the fund pays the institution for it and what the claimant pays (art. 32).
 */
export function settleClaimantMonth(
  month: IsoMonth,
  facts: ClaimantMonthFacts,
  records: readonly SettlementRecord[],
  params: BenefitParams,
): PolicyResult<ClaimantSettlement> {
  const issues = checkInput(month, facts, records);
  if (!issues.empty) return fail(issues.list);
  const t = new Tracer();
  const benefitDays = benefitDaysOf(month, facts);
  const monthLength = daysInMonth(month);
  t.step(
    'settlement.benefitDays',
    BENEFIT_DAYS_CITATION,
    { month, benefitStart: facts.benefitStart, death: facts.death, hospitalStays: facts.hospitalStays, suspensions: facts.suspensions },
    benefitDays.size,
  );
  const employee = isEmployeeLike(facts.insuredCategory);
  const scheme = employee ? params.employees : params.residents;
  const perVisit = scheme.kind === 'monthlyCap' && facts.careMode === 'home';
  const sorted = [...records].sort((a, b) => (a.record.key < b.record.key ? -1 : a.record.key > b.record.key ? 1 : 0));
  const work: Working[] = sorted.map((input) => decideRecord(t, input, benefitDays, facts, params));

  const payable = work.filter((w) => w.status === 'paid' || w.status === 'reduced');
  const serviceDays = facts.careMode === 'home' ? benefitDays.size : new Set(payable.flatMap((w) => w.payableDays)).size;
  let quote: ClaimantSettlement['quote'] = null;
  if (payable.length) {
    const input: BenefitQuoteInput = {
      insuredCategory: facts.insuredCategory,
      careMode: facts.careMode,
      institutionSubtype: facts.institutionSubtype,
      grade: facts.grade,
      month,
      serviceDays: serviceDays === monthLength ? undefined : serviceDays,
      lines: [],
      annualCap: facts.annualCap,
      consecutiveContributionYears: facts.consecutiveContributionYears,
      guardianCover: facts.guardianCover,
      remoteArea: facts.remoteArea,
    };
    if (perVisit) {
      input.lines = payable.flatMap((w) => w.excludedLines);
      input.visits = payable.map((w) => {
        const r = w.input.record as Extract<SettlementRecord['record'], { kind: 'homeVisit' }>;
        const start = minutesOf(r.start) ?? 0;
        const end = minutesOf(r.end) ?? start;
        const approval = w.input.review && w.input.review.decision !== 'refuse' ? w.input.review.reason : undefined;
        return {
          date: r.start.slice(0, 10),
          minutes: end - start,
          billed: w.eligibleText ?? money(w.eligible),
          consecutiveDayApproval: approval,
        };
      });
    } else {
      input.lines = payable.flatMap((w) => [{ category: 'care' as const, amount: money(w.eligible) }, ...w.excludedLines]);
    }
    const quoted = quoteBenefit(input, params);
    if (!quoted.ok) return fail(quoted.issues.map((i) => ({ ...i, path: `quote.${i.path}` })));
    quote = quoted.value;
    t.include(quoted.trace);
    if (perVisit)
      for (const [i, w] of payable.entries()) {
        w.fundText = quote.visits[i].paid;
        w.fund = w.fundText === w.eligibleText ? w.eligible : new D(w.fundText);
      }
    else allocate(new D(quote.fundPays), payable);
  }

  const out: RecordPayment[] = work.map((w) => {
    const settled = w.status === 'paid' || w.status === 'reduced';
    return {
      key: w.input.record.key,
      institutionId: w.input.record.institutionId,
      status: w.status,
      billed: w.billedText,
      excluded: settled && !w.excluded.isZero() ? money(w.excluded) : '0.00',
      eligible: w.eligibleText ?? money(w.eligible),
      fundPays: w.fundText ?? money(w.fund),
      claimantPays: !settled
        ? '0.00'
        : w.excluded.isZero()
          ? w.fund === w.eligible
            ? '0.00'
            : money(w.eligible.minus(w.fund))
          : money(w.eligible.minus(w.fund).plus(w.excluded)),
      citation: w.citation,
      reason: w.input.review?.reason ?? null,
    };
  });
  const lines = linesOf(facts.claimantId, out);
  const fundPays = lines.length === 1 ? lines[0].fundPays : money(lines.reduce((s, l) => s.plus(l.fundPays), ZERO));
  const claimantPays = lines.length === 1 ? lines[0].claimantPays : money(lines.reduce((s, l) => s.plus(l.claimantPays), ZERO));
  t.step(
    'settlement.claimantMonth',
    SETTLEMENT_CITATION,
    { records: out.length, settled: payable.length, institutions: lines.length },
    { fundPays, claimantPays },
    {
      note: '基金支付部分与定点机构按月结算，个人负担部分由参保人与机构直接结算 (fund part to the institution, the rest paid by the claimant)',
    },
  );
  return ok({ claimantId: facts.claimantId, month, serviceDays, quote, records: out, lines, fundPays, claimantPays }, t.steps);
}

function decideRecord(
  t: Tracer,
  input: SettlementRecord,
  benefitDays: ReadonlySet<IsoDate>,
  facts: ClaimantMonthFacts,
  params: BenefitParams,
): Working {
  const { record, review } = input;
  const { billed, billedText, excluded, excludedLines } = split(record, params);
  const care = excluded.isZero() ? billed : billed.minus(excluded);
  const w: Working = {
    input,
    status: 'paid',
    billed,
    excluded,
    excludedLines,
    eligible: ZERO,
    fund: ZERO,
    billedText,
    eligibleText: null,
    fundText: null,
    citation: '',
    payableDays: [],
  };
  const stop = (status: RecordPaymentStatus, citation: string, note: string) => {
    w.status = status;
    w.citation = citation;
    t.step(`settlement.record.${status}`, citation, { key: record.key, billed: money(billed), reason: review?.reason ?? null }, '0.00', {
      note,
    });
    return w;
  };
  if (input.undecidedBlocking > 0)
    return stop('held', REVIEW_CITATION, '有未决定的阻断标记，暂不结算 (a blocking flag is undecided: held)');
  if (review?.decision === 'refuse') return stop('refused', REVIEW_CITATION, '审核拒付 (refused by the reviewer)');
  const visitMode = facts.careMode === 'home';
  if ((record.kind === 'homeVisit') !== visitMode)
    return stop('refused', CARE_PLAN_MODE_CITATION, '记录与护理计划的服务方式不符 (not the care plan’s mode)');
  const days = daysOf(record);
  w.payableDays = days.filter((d) => benefitDays.has(d));
  if (!w.payableDays.length)
    return stop('noBenefitDays', BENEFIT_DAYS_CITATION, '服务日期不在享受待遇期间 (no day of the record carries benefits)');
  if (review?.decision === 'reduce') {
    const amount = new D(review.amount!);
    w.status = 'reduced';
    w.eligible = amount.lessThan(care) ? amount : care;
    w.citation = REVIEW_CITATION;
    t.step(
      'settlement.record.reduced',
      REVIEW_CITATION,
      { key: record.key, care: money(care), accepted: review.amount },
      money(w.eligible),
      {
        note: review.reason,
      },
    );
    return w;
  }
  w.citation = review ? REVIEW_CITATION : SETTLEMENT_CITATION;
  w.eligible = care;
  if (excluded.isZero()) w.eligibleText = billedText;
  if (w.payableDays.length < days.length) {
    // art. 33(3): the days in hospital (or otherwise without benefits) are not paid: the stay's cost is prorated by its days.
    w.eligible = care.times(w.payableDays.length).dividedBy(days.length).toDecimalPlaces(2);
    w.eligibleText = null;
    w.citation = BENEFIT_DAYS_CITATION;
    t.step(
      'settlement.record.daysWithoutBenefit',
      BENEFIT_DAYS_CITATION,
      { key: record.key, care: money(care), declaredDays: days.length, payableDays: w.payableDays.length },
      money(w.eligible),
      { note: '住院期间等不享受待遇的天数按天扣除 (days without benefits are taken off pro rata)' },
    );
  }
  return w;
}

function linesOf(claimantId: string, records: readonly RecordPayment[]): ClaimantInstitutionLine[] {
  const by = new Map<string, { records: number; billed: Dec; excluded: Dec; eligible: Dec; fund: Dec; claimant: Dec; unsettled: Dec }>();
  for (const r of records) {
    let l = by.get(r.institutionId);
    if (!l) {
      l = { records: 0, billed: ZERO, excluded: ZERO, eligible: ZERO, fund: ZERO, claimant: ZERO, unsettled: ZERO };
      by.set(r.institutionId, l);
    }
    l.records++;
    const add = (sum: Dec, value: Money) => (value === '0.00' ? sum : sum.plus(value));
    l.billed = add(l.billed, r.billed);
    l.excluded = add(l.excluded, r.excluded);
    l.eligible = add(l.eligible, r.eligible);
    l.fund = add(l.fund, r.fundPays);
    l.claimant = add(l.claimant, r.claimantPays);
    if (r.status !== 'paid' && r.status !== 'reduced') l.unsettled = l.unsettled.plus(r.billed);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([institutionId, l]) => ({
      claimantId,
      institutionId,
      records: l.records,
      billed: money(l.billed),
      excluded: money(l.excluded),
      eligible: money(l.eligible),
      fundPays: money(l.fund),
      claimantPays: money(l.claimant),
      unsettled: money(l.unsettled),
    }));
}
