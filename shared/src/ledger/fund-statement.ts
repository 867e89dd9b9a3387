import { isIsoMonth } from '../core/dates.js';
import { D, type Dec, type Money, money } from '../core/money.js';
import type { Label } from '../rights/roles.js';
import type { AccountKind } from './accounts.js';
import { POSTING_KIND_RULES, POSTING_KINDS, type PostingClass, type PostingKind } from './posting-kinds.js';

/** Qinhuangdao art. 56, 73: the agency reports the fund's income and expenditure monthly and yearly, by account. */
export const FUND_STATEMENT_CITATION = 'Qinhuangdao art. 56, 73';

/** A statement's period: a month (YYYY-MM) or a year (YYYY). */
export type StatementPeriod = { kind: 'month'; month: string; year: string } | { kind: 'year'; year: string };

export function parseStatementPeriod(value: unknown): StatementPeriod | null {
  if (typeof value !== 'string') return null;
  if (/^\d{4}$/.test(value) && value >= '2000' && value <= '2099') return { kind: 'year', year: value };
  if (isIsoMonth(value)) return { kind: 'month', month: value, year: value.slice(0, 4) };
  return null;
}

/** The months a period covers, and those of its year to date. */
export function periodMonths(p: StatementPeriod): { from: string; to: string; yearFrom: string } {
  return p.kind === 'month'
    ? { from: p.month, to: p.month, yearFrom: `${p.year}-01` }
    : { from: `${p.year}-01`, to: `${p.year}-12`, yearFrom: `${p.year}-01` };
}

export interface FundStatementColumn {
  id: string;
  name: string;
  kind: AccountKind;
}

/** One aggregate of the ledger: an account's debits and credits of one kind in one month (fund_monthly). */
export interface StatementAggregate {
  accountId: string;
  month: string;
  kind: PostingKind;
  debit: Money;
  credit: Money;
}

export type StatementSection = 'opening' | PostingClass | 'surplus' | 'closing';

export interface StatementLine {
  section: StatementSection;
  /** The posting kind of an income, expenditure or transfer line; null for the section totals. */
  kind: PostingKind | null;
  label: Label;
  /** Per account (in the order given) and the total of all, for the period. */
  amounts: Money[];
  total: Money;
  /** The same, from January of the period's year to its end (equal to `amounts` for a year). */
  yearToDate: Money[];
  yearTotal: Money;
}

export interface FundStatement {
  period: StatementPeriod;
  accounts: FundStatementColumn[];
  lines: StatementLine[];
  citation: string;
}

const SECTION_LABELS: Record<StatementSection, Label> = {
  opening: { zh: '期初余额', en: 'Opening balance' },
  income: { zh: '基金收入合计', en: 'Total income' },
  expenditure: { zh: '基金支出合计', en: 'Total expenditure' },
  transfer: { zh: '账户间调拨净额（调入为正）', en: 'Net transfers between accounts (in +)' },
  surplus: { zh: '本期收支结余', en: 'Surplus of the period' },
  closing: { zh: '期末余额', en: 'Closing balance' },
};

/**
 * The income and expenditure statement of a region's fund accounts (Qinhuangdao art. 56, 73) from
 * its monthly aggregates: per account and posting kind, income as what came in net of reversals
 * (debits − credits), expenditure as what went out (credits − debits), transfers between the fund's
 * own accounts as their net (in +); opening + income − expenditure + transfers = closing, per
 * account, and the transfers net to zero across all of them.
 *
 * `before` holds each account's balance before January of the period's year.
 */
export function fundStatement(
  period: StatementPeriod,
  accounts: readonly FundStatementColumn[],
  before: ReadonlyMap<string, Money>,
  aggregates: readonly StatementAggregate[],
): FundStatement {
  const { from, to, yearFrom } = periodMonths(period);
  const n = accounts.length;
  const index = new Map(accounts.map((a, i) => [a.id, i]));
  const zero = () => Array.from({ length: n }, () => new D(0) as Dec);
  const byKind = new Map<PostingKind, { period: Dec[]; ytd: Dec[] }>();
  const opening = accounts.map((a) => new D(before.get(a.id) ?? 0) as Dec);
  for (const g of aggregates) {
    const i = index.get(g.accountId);
    // before January the balance is `before`'s; after the period nothing counts
    if (i === undefined || g.month > to || g.month < yearFrom) continue;
    const net = new D(g.debit).minus(g.credit);
    if (g.month < from) opening[i] = opening[i].plus(net);
    const cls = POSTING_KIND_RULES[g.kind].class;
    const signed = cls === 'expenditure' ? net.negated() : net;
    const entry = byKind.get(g.kind) ?? { period: zero(), ytd: zero() };
    byKind.set(g.kind, entry);
    entry.ytd[i] = entry.ytd[i].plus(signed);
    if (g.month >= from) entry.period[i] = entry.period[i].plus(signed);
  }
  const yearOpening = accounts.map((a) => new D(before.get(a.id) ?? 0) as Dec);
  const line = (section: StatementSection, kind: PostingKind | null, label: Label, p: Dec[], y: Dec[]): StatementLine => ({
    section,
    kind,
    label,
    amounts: p.map(money),
    total: money(p.reduce((s, v) => s.plus(v), new D(0))),
    yearToDate: y.map(money),
    yearTotal: money(y.reduce((s, v) => s.plus(v), new D(0))),
  });
  const add = (a: Dec[], b: Dec[], sign = 1) => a.map((v, i) => (sign > 0 ? v.plus(b[i]) : v.minus(b[i])));
  const lines: StatementLine[] = [line('opening', null, SECTION_LABELS.opening, opening, yearOpening)];
  const sums: Record<PostingClass, { period: Dec[]; ytd: Dec[] }> = {
    income: { period: zero(), ytd: zero() },
    expenditure: { period: zero(), ytd: zero() },
    transfer: { period: zero(), ytd: zero() },
  };
  for (const cls of ['income', 'expenditure', 'transfer'] as const) {
    for (const kind of POSTING_KINDS) {
      const rule = POSTING_KIND_RULES[kind];
      if (rule.class !== cls) continue;
      const entry = byKind.get(kind) ?? { period: zero(), ytd: zero() };
      lines.push(line(cls, kind, rule.label, entry.period, entry.ytd));
      sums[cls].period = add(sums[cls].period, entry.period);
      sums[cls].ytd = add(sums[cls].ytd, entry.ytd);
    }
    lines.push(line(cls, null, SECTION_LABELS[cls], sums[cls].period, sums[cls].ytd));
  }
  const surplus = add(sums.income.period, sums.expenditure.period, -1);
  const surplusYtd = add(sums.income.ytd, sums.expenditure.ytd, -1);
  lines.push(line('surplus', null, SECTION_LABELS.surplus, surplus, surplusYtd));
  const closing = add(add(opening, surplus), sums.transfer.period);
  const closingYtd = add(add(yearOpening, surplusYtd), sums.transfer.ytd);
  lines.push(line('closing', null, SECTION_LABELS.closing, closing, closingYtd));
  return { period, accounts: [...accounts], lines, citation: FUND_STATEMENT_CITATION };
}
