import {
  FUND_ACCOUNT_KINDS,
  type FundStatement,
  type FundStatementColumn,
  fundStatement,
  type LedgerAgreement,
  ledgerAgreement,
  type PostingKind,
  parseStatementPeriod,
  periodMonths,
} from '@ltci/shared';
import { Field, ObjectType } from 'type-graphql';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { Scope } from '../../common/scope.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { FundAccountKindEnum, PostingKindEnum } from './fund-enums.js';

@ObjectType({ description: '收支表的一列：基金自有账户' })
export class FundStatementAccount {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field(() => FundAccountKindEnum)
  kind: string;
}

@ObjectType({ description: '收支表的一行' })
export class FundStatementLine {
  @Field({ description: 'opening | income | expenditure | transfer | surplus | closing' })
  section: string;

  @Field(() => PostingKindEnum, { nullable: true, description: '记账类别；合计行为空' })
  kind: string | null;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field(() => [String], { description: '本期数，按账户顺序' })
  amounts: string[];

  @Field()
  total: string;

  @Field(() => [String], { description: '本年累计数，按账户顺序' })
  yearToDate: string[];

  @Field()
  yearTotal: string;
}

@ObjectType({ description: '基金收支表（秦皇岛细则第五十六条、第七十三条）' })
export class FundIncomeStatement {
  @Field()
  regionId: string;

  @Field()
  regionName: string;

  @Field({ description: 'YYYY-MM（月报）或 YYYY（年报）' })
  period: string;

  @Field()
  citation: string;

  @Field(() => [FundStatementAccount])
  accounts: FundStatementAccount[];

  @Field(() => [FundStatementLine])
  lines: FundStatementLine[];
}

/**
 * A region's monthly or yearly income and expenditure statement (Qinhuangdao art. 56, 73) from the
 * monthly aggregates the postings keep (fund_monthly), decided by the shared `fundStatement`: two
 * statements whatever the ledger's size (the balances before January, the year's aggregates).
 */
export async function readFundStatement(scope: Scope, regionId: string, periodText: string): Promise<FundIncomeStatement> {
  const period = parseStatementPeriod(periodText);
  if (!period)
    throw new BadUserInputError({ period: '报表期间应为 YYYY-MM（月报）或 YYYY（年报）' }, undefined, { reason: 'INVALID_PERIOD' });
  scope.assertRegion(regionId);
  const { to, yearFrom } = periodMonths(period);
  const accounts: (FundStatementColumn & { before: string; regionName: string })[] = await scope.em.query(
    `SELECT a.id, a.name, a.kind, r.name AS "regionName",
            (SELECT coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text FROM fund_monthly m
              WHERE m.account_id = a.id AND m.month < $2) AS before
       FROM fund_accounts a JOIN regions r ON r.id = a.region_id
      WHERE a.region_id = $1 AND a.kind = ANY($3)
      ORDER BY array_position($3::text[], a.kind), a.county_code NULLS FIRST, a.name`,
    [regionId, yearFrom, FUND_ACCOUNT_KINDS],
  );
  const aggregates: { accountId: string; month: string; kind: PostingKind; debit: string; credit: string }[] = accounts.length
    ? await scope.em.query(
        `SELECT account_id AS "accountId", month, kind, debit::text, credit::text FROM fund_monthly
          WHERE account_id = ANY($1) AND month BETWEEN $2 AND $3`,
        [accounts.map((a) => a.id), yearFrom, to],
      )
    : [];
  const s: FundStatement = fundStatement(
    period,
    accounts.map(({ id, name, kind }) => ({ id, name, kind })),
    new Map(accounts.map((a) => [a.id, a.before])),
    aggregates,
  );
  return {
    regionId,
    regionName: accounts[0]?.regionName ?? regionId,
    period: periodText,
    citation: s.citation,
    accounts: s.accounts,
    lines: s.lines.map((l) => ({ ...l, labelZh: l.label.zh, labelEn: l.label.en })),
  };
}

type Row = { account: string; line: FundStatementLine; period: string; yearToDate: string };

/**
 * The statement as .xlsx, streamed by the list exporter (GET /export/FundStatementReport?filter=
 * {"regionId":…,"period":"2026-10"}): one block per account and one for the fund in total, each
 * line with its figure of the period and of the year to date.
 */
export function fundReportExport(db: Db): ListExport<Row> {
  return {
    resource: 'FundStatementReport',
    right: 'fund.export',
    title: '基金收支表',
    filterFields: ['regionId', 'period'],
    columns: [
      { header: '账户', width: 32, value: (r) => r.account },
      { header: '项目', width: 34, value: (r) => (r.line.kind ? `  ${r.line.labelZh}` : r.line.labelZh) },
      { header: '本期数（元）', width: 18, value: (r) => Number(r.period) },
      { header: '本年累计数（元）', width: 18, value: (r) => Number(r.yearToDate) },
    ],
    page: async (caller: Caller, view: ListView, page: number) => {
      const { regionId, period } = view.filter;
      if (typeof regionId !== 'string' || !regionId) throw new BadUserInputError({ 'filter.regionId': '请选择统筹地区' });
      if (typeof period !== 'string') throw new BadUserInputError({ 'filter.period': '报表期间应为 YYYY-MM 或 YYYY' });
      if (page > 0) return [];
      const s = await db.read(caller, (scope) => readFundStatement(scope, regionId, period));
      const rows: Row[] = [];
      s.accounts.forEach((a, i) => {
        for (const line of s.lines) rows.push({ account: a.name, line, period: line.amounts[i], yearToDate: line.yearToDate[i] });
      });
      for (const line of s.lines) rows.push({ account: `${s.regionName}基金合计`, line, period: line.total, yearToDate: line.yearTotal });
      return rows;
    },
  };
}

@ObjectType({ description: '账账相符：一个账户按汇总与按流水的余额' })
export class FundLedgerAgreementAccount {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field({ description: '按记账流水（借 − 贷）' })
  fromLines: string;

  @Field({ description: '按月度汇总（看板与报表所读）' })
  fromAggregates: string;

  @Field()
  difference: string;

  @Field()
  agrees: boolean;
}

@ObjectType({ description: '账账相符核对（各账户汇总与流水一致、借贷平衡）' })
export class FundLedgerAgreement {
  @Field()
  agree: boolean;

  @Field(() => [FundLedgerAgreementAccount])
  accounts: FundLedgerAgreementAccount[];

  @Field()
  totalDebit: string;

  @Field()
  totalCredit: string;

  @Field(() => [String], { description: '不符的代码：ACCOUNT_AGGREGATE_MISMATCH、LEDGER_UNBALANCED' })
  mismatchCodes: string[];

  @Field(() => [TraceStep])
  trace: TraceStep[];
}

/**
 * 账账相符 for a region (an audit, read on request): every account's balance from its posting lines
 * against its monthly aggregates, and the region's debits against its credits — two statements.
 */
export async function readLedgerAgreement(scope: Scope, regionId: string): Promise<FundLedgerAgreement> {
  scope.assertRegion(regionId);
  const r = await ledgerAgreementOf(scope, regionId);
  return { ...r, mismatchCodes: [...new Set(r.mismatches.map((m) => m.code))], trace: r.trace as TraceStep[] };
}

/** The region's 账账相符 check in the caller's unit of work (the warnings' recomputation reads it too). */
export async function ledgerAgreementOf(scope: Scope, regionId: string): Promise<LedgerAgreement> {
  const accounts: { id: string; name: string; fromLines: string; fromAggregates: string }[] = await scope.em.query(
    `SELECT a.id, a.name,
            (SELECT coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount ELSE -l.amount END), 0)::numeric(18,2)::text
               FROM fund_posting_lines l WHERE l.account_id = a.id) AS "fromLines",
            (SELECT coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text FROM fund_monthly m WHERE m.account_id = a.id) AS "fromAggregates"
       FROM fund_accounts a WHERE a.region_id = $1
      ORDER BY array_position($2::text[], a.kind) NULLS LAST, a.county_code NULLS FIRST, a.name`,
    [regionId, FUND_ACCOUNT_KINDS],
  );
  const [totals] = await scope.em.query(
    `SELECT coalesce(sum(amount) FILTER (WHERE side = 'debit'), 0)::numeric(18,2)::text AS debit,
            coalesce(sum(amount) FILTER (WHERE side = 'credit'), 0)::numeric(18,2)::text AS credit
       FROM fund_posting_lines WHERE region_id = $1`,
    [regionId],
  );
  return ledgerAgreement(accounts, totals.debit, totals.credit);
}
