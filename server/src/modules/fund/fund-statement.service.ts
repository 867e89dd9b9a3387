import { FUND_ACCOUNT_KINDS, isIsoMonth, isMoney } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from './fund-account.entity.js';
import { type FundIncomeStatement, type FundLedgerAgreement, readFundStatement, readLedgerAgreement } from './fund-report.js';
import {
  type FundBankStatementFilter,
  type FundBankStatementListArgs,
  type RecordBankStatementArgs,
  STATEMENT_SORT,
} from './fund-statement.args.js';
import { FundBankStatement } from './fund-statement.entity.js';
import { recomputeWarnings } from './fund-warnings.js';

/** Bank statements per fund account and month (账实相符): recorded by a fund manager, matched against the ledger. */
export class FundStatementService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: FundBankStatementListArgs): Promise<FundBankStatement[]> {
    return this.db.read(caller, async (scope) =>
      withLedger(scope, await applyListArgs(rows(scope, args.filter), args, STATEMENT_SORT).getMany()),
    );
  }

  count(caller: Caller, filter?: FundBankStatementFilter | null): Promise<number> {
    return this.db.read(caller, (scope) => rows(scope, filter).getCount());
  }

  get(caller: Caller, id: string): Promise<FundBankStatement> {
    return this.db.read(caller, async (scope) => (await withLedger(scope, [await scope.one(FundBankStatement, id)]))[0]);
  }

  /** The region's income and expenditure statement of a month or a year (Qinhuangdao art. 56, 73), from the monthly aggregates. */
  incomeStatement(caller: Caller, regionId: string, period: string): Promise<FundIncomeStatement> {
    return this.db.read(caller, (scope) => readFundStatement(scope, regionId, period));
  }

  /** 账账相符: the region's books against each other (aggregates = lines per account, debits = credits). */
  ledgerAgreement(caller: Caller, regionId: string): Promise<FundLedgerAgreement> {
    return this.db.read(caller, (scope) => readLedgerAgreement(scope, regionId));
  }

  /** Record (or correct) the month's statement of one account; the warnings are recomputed in the same transaction. */
  record(caller: Caller, args: RecordBankStatementArgs): Promise<FundBankStatement> {
    const fields: Record<string, string> = {};
    if (!isIsoMonth(args.month)) fields.month = '月份格式应为 YYYY-MM';
    else if (args.month > todayInChina().slice(0, 7)) fields.month = '不能录入未来月份的对账单';
    if (!isMoney(args.closingBalance)) fields.closingBalance = '余额应为金额，最多两位小数';
    const note = args.note?.trim() || null;
    if (note && [...note].length > 500) fields.note = '备注最多500字';
    if (!isUuid(args.accountId)) fields.accountId = '请选择基金账户';
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
    return this.db.write(caller, 'recordFundBankStatement', async (scope) => {
      const account = await scope.one(FundAccount, args.accountId);
      scope.assertRegion(account.regionId);
      if (!FUND_ACCOUNT_KINDS.includes(account.kind))
        throw new BadUserInputError({ accountId: '只有基金自有账户（财政专户、支出户）有银行对账单' }, undefined, {
          reason: 'NOT_A_FUND_ACCOUNT',
        });
      const before = await scope.em.findOneBy(FundBankStatement, { accountId: account.id, month: args.month });
      const row = await writeStatement(scope, account, args.month, args.closingBalance, note);
      await recomputeWarnings(scope, account.regionId, { reconcile: true });
      const [saved] = await withLedger(scope, [await scope.em.findOneByOrFail(FundBankStatement, { id: row.id })]);
      await recordAudit(scope.em, caller, {
        operation: before ? 'update' : 'create',
        entityType: 'FundBankStatement',
        entityId: saved.id,
        regionId: saved.regionId,
        before: before ?? undefined,
        after: saved,
      });
      return saved;
    });
  }
}

/** Insert or correct one account's statement of a month (the form and the bank statement import write through here). */
export async function writeStatement(
  scope: Scope,
  account: FundAccount,
  month: string,
  closingBalance: string,
  note: string | null,
): Promise<{ id: string }> {
  const [row] = await scope.em.query(
    `INSERT INTO fund_bank_statements (region_id, account_id, month, closing_balance, note, recorded_by, recorded_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (account_id, month) DO UPDATE SET closing_balance = EXCLUDED.closing_balance, note = EXCLUDED.note,
       recorded_by = EXCLUDED.recorded_by, recorded_by_name = EXCLUDED.recorded_by_name, recorded_at = now()
     RETURNING id`,
    [account.regionId, account.id, month, closingBalance, note, scope.caller.id, scope.caller.username],
  );
  return row;
}

/** Each statement beside the ledger's balance of its account at the end of its month, in one statement for the page. */
export async function withLedger(scope: Scope, statements: FundBankStatement[]): Promise<FundBankStatement[]> {
  if (!statements.length) return statements;
  const sums: { id: string; ledger: string; difference: string }[] = await scope.em.query(
    `SELECT s.id, coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text AS ledger,
            (s.closing_balance - coalesce(sum(m.debit - m.credit), 0))::numeric(18,2)::text AS difference
       FROM fund_bank_statements s LEFT JOIN fund_monthly m ON m.account_id = s.account_id AND m.month <= s.month
      WHERE s.id = ANY($1) GROUP BY s.id`,
    [statements.map((s) => s.id)],
  );
  const by = new Map(sums.map((s) => [s.id, s]));
  return statements.map((s) =>
    Object.assign(s, { ledgerBalance: by.get(s.id)?.ledger ?? '0.00', difference: by.get(s.id)?.difference ?? '0.00' }),
  );
}

function rows(scope: Scope, given?: FundBankStatementFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundBankStatement, 's', filter.regionId);
  if (filter.accountId) qb.andWhere('s.account_id = :account', { account: isUuid(filter.accountId) ? filter.accountId : null });
  if (filter.month != null) {
    if (!isIsoMonth(filter.month)) throw new BadUserInputError({ 'filter.month': '月份格式应为 YYYY-MM' });
    qb.andWhere('s.month = :month', { month: filter.month });
  }
  return qb;
}
