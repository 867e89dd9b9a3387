import {
  addMonthsToMonth,
  isIsoMonth,
  monthOf,
  SETTLEMENT_RUN_WORKFLOW,
  type SettlementKind,
  type SettlementRunAction,
  type SettlementRunFacts,
  type SettlementRunState,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, countRows } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from '../fund/fund-account.entity.js';
import type { JobQueue } from '../jobs/job.queue.js';
import {
  SETTLEMENT_LINE_SORT,
  SETTLEMENT_RUN_SORT,
  type SettlementLinesArgs,
  type SettlementRunFilter,
  type SettlementRunListArgs,
  type StartSettlementRunArgs,
  type TransitionSettlementRunArgs,
} from './settlement.args.js';
import { SETTLEMENT_RUN_JOB } from './settlement.job.js';
import { PLACE_SQL, placeParams } from './settlement-facts.js';
import { paySheets } from './settlement-payment.js';
import { SettlementLine, SettlementRun, SettlementSheet } from './settlement-run.entity.js';

const ENTITY = 'SettlementRun';

/** Monthly settlement runs: started only over a fully confirmed and decided month, computed by a job, reviewed, re-checked and paid. */
export class SettlementService {
  private readonly reads: ScopedReads<SettlementRun, SettlementRunFilter, SortFieldOf<typeof SETTLEMENT_RUN_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly queue: JobQueue | null,
  ) {
    this.reads = new ScopedReads(db, SettlementRun, filtered, SETTLEMENT_RUN_SORT);
  }

  list(caller: Caller, args: SettlementRunListArgs): Promise<SettlementRun[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: SettlementRunFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<SettlementRun> {
    return this.reads.get(caller, id);
  }

  sheets(caller: Caller, runId: string): Promise<SettlementSheet[]> {
    return this.db.read(caller, (scope) =>
      scope
        .rows(SettlementSheet, 's')
        .andWhere('s.run_id = :runId', { runId: isUuid(runId) ? runId : null })
        .orderBy('s.fund_amount', 'DESC')
        .addOrderBy('s.id')
        .getMany(),
    );
  }

  sheet(caller: Caller, id: string): Promise<SettlementSheet> {
    return this.db.read(caller, (scope) => scope.one(SettlementSheet, id));
  }

  async lines(caller: Caller, args: SettlementLinesArgs): Promise<{ rows: SettlementLine[]; count: number }> {
    return this.db.read(caller, async (scope) => {
      const sheet = await scope.one(SettlementSheet, args.sheetId);
      const qb = scope
        .rows(SettlementLine, 'l')
        .andWhere('l.run_id = :runId AND l.institution_id = :institutionId', { runId: sheet.runId, institutionId: sheet.institutionId });
      const count = await countRows(qb.clone());
      applyListArgs(qb, args, SETTLEMENT_LINE_SORT);
      return { rows: await qb.getMany(), count };
    });
  }

  /**
   * Start the month's run (Qinhuangdao art. 55): refused unless every declaration of the place and
   * month is confirmed and audited and no blocking flag is undecided (art. 57); the run's row and
   * its job are written in one transaction, the job computes the sheets.
   */
  start(caller: Caller, args: StartSettlementRunArgs): Promise<SettlementRun> {
    return this.db.write(caller, 'startSettlementRun', async (scope) => {
      const countyId = args.countyId || null;
      scope.assertPlace(args.regionId, countyId);
      const month = args.month;
      if (!isIsoMonth(month)) throw new BadUserInputError({ month: '结算月份格式应为 YYYY-MM' });
      if (month >= monthOf(todayInChina()))
        throw new BadUserInputError({ month: '只能结算上月或更早的月份 (a month is settled after it ends)' }, undefined, {
          reason: 'FUTURE_MONTH',
        });
      if (month < '2000-01') throw new BadUserInputError({ month: '结算月份应在2000年以后' });
      const kind = (args.kind ?? 'care') as SettlementKind;
      if (kind === 'assessmentFee') await assertFeesQueued(scope, args.regionId, countyId, month);
      else await assertMonthReady(scope, { regionId: args.regionId, countyId, month });
      const account = await payingAccount(scope, args.regionId, countyId);
      const [existing] = await scope.em.query(
        `SELECT id FROM settlement_runs WHERE region_id = $1 AND county_id IS NOT DISTINCT FROM $2 AND month = $3 AND kind = $4
            AND state <> 'returned'`,
        [args.regionId, countyId, month, kind],
      );
      if (existing)
        throw new ConflictError('该月已有结算，退回后方可重新生成 (this month already has a settlement)', undefined, {
          reason: 'SETTLEMENT_EXISTS',
        });
      const saved = await scope.em.save(
        scope.em.create(SettlementRun, {
          regionId: args.regionId,
          countyId,
          month,
          kind,
          accountId: account?.id ?? null,
          preparedBy: caller.id,
          sheets: 0,
          claimants: 0,
          records: 0,
          billedTotal: '0.00',
          fundTotal: '0.00',
          claimantTotal: '0.00',
        }),
      );
      if (!this.queue) throw new Error('the settlement needs the job queue');
      const { job } = await this.queue.submit(caller, scope.em, {
        kind: SETTLEMENT_RUN_JOB,
        key: `settlement:${saved.id}`,
        title: kind === 'assessmentFee' ? `${month} 评估费用结算` : `${month} 月度结算`,
        params: { runId: saved.id },
        audit: false,
      });
      await scope.em.update(SettlementRun, { id: saved.id }, { jobId: job.id });
      const after = { ...saved, jobId: job.id };
      await recordAudit(scope.em, caller, { operation: 'create', entityType: ENTITY, entityId: saved.id, regionId: saved.regionId, after });
      return after;
    });
  }

  transition(caller: Caller, args: TransitionSettlementRunArgs): Promise<SettlementRun> {
    return this.db.write(caller, 'transitionSettlementRun', async (scope) => {
      const after = await runTransition(scope, SETTLEMENT_TRANSITIONS, args);
      return scope.one(SettlementRun, after.id);
    });
  }

  /** The paying account's balance (the figure the approval's funds check reads). */
  facts(caller: Caller, run: SettlementRun): Promise<SettlementRunFacts> {
    return this.db.read(caller, (scope) => runFacts(run, scope));
  }
}

/** Qinhuangdao art. 55, 57: every declaration confirmed and audited, every blocking flag decided. */
async function assertMonthReady(scope: Scope, place: { regionId: string; countyId: string | null; month: string }): Promise<void> {
  const [d] = await scope.em.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE d.state <> 'confirmed')::int AS open,
            count(*) FILTER (WHERE d.state = 'confirmed' AND d.audited_at IS NULL)::int AS unaudited
       FROM service_declarations d WHERE ${PLACE_SQL}`,
    placeParams(place),
  );
  if (!d.total)
    throw new ConflictError(`${place.month} 没有服务申报，无需结算 (no declarations for the month)`, undefined, {
      reason: 'NO_DECLARATIONS',
    });
  if (d.open)
    throw new ConflictError(`${place.month} 尚有 ${d.open} 份服务申报未确认 (declarations not all confirmed)`, undefined, {
      reason: 'DECLARATIONS_NOT_CONFIRMED',
      issues: [{ code: 'DECLARATIONS_NOT_CONFIRMED', path: 'month', params: { count: d.open } }],
    });
  if (d.unaudited)
    throw new ConflictError(`${place.month} 尚有 ${d.unaudited} 份服务申报未经智能审核 (declarations not audited)`, undefined, {
      reason: 'DECLARATIONS_NOT_AUDITED',
      issues: [{ code: 'DECLARATIONS_NOT_AUDITED', path: 'month', params: { count: d.unaudited } }],
    });
  const [f] = await scope.em.query(
    `SELECT count(*)::int AS n FROM audit_flags a JOIN service_declarations d ON d.id = a.declaration_id
      WHERE ${PLACE_SQL} AND a.severity = 'blocking' AND a.decision IS NULL`,
    placeParams(place),
  );
  if (f.n)
    throw new ConflictError(`${place.month} 尚有 ${f.n} 个阻断标记未审核决定 (blocking flags undecided)`, undefined, {
      reason: 'FLAGS_UNDECIDED',
      issues: [{ code: 'FLAGS_UNDECIDED', path: 'month', params: { count: f.n } }],
    });
}

/**
 * Qinhuangdao art. 54: the assessment fees the fund pays are settled by the city's agency (市医保经办机构),
 * monthly: refused for a county, and when no fee the fund pays is queued up to the month.
 */
async function assertFeesQueued(scope: Scope, regionId: string, countyId: string | null, month: string): Promise<void> {
  if (countyId)
    throw new BadUserInputError(
      { countyId: '评估费用由市医保经办机构结算（第五十四条），不选县区 (assessment fees are settled by the city)' },
      undefined,
      {
        reason: 'ASSESSMENT_FEES_CITY_LEVEL',
      },
    );
  const [f] = await scope.em.query(
    `SELECT count(*)::int AS n FROM assessment_fees WHERE region_id = $1 AND month <= $2 AND payer = 'fund' AND settlement_id IS NULL`,
    [regionId, month],
  );
  if (!f.n)
    throw new ConflictError(`${month} 及以前没有待结算的评估费用 (no assessment fees queued)`, undefined, { reason: 'NO_ASSESSMENT_FEES' });
}

/** Qinhuangdao art. 50 ¶2–3: a county's institutions are paid from its expenditure account, the city-level ones from the city's. */
export async function payingAccount(scope: Scope, regionId: string, countyId: string | null): Promise<FundAccount | null> {
  const qb = scope.rows(FundAccount, 'a', regionId);
  if (countyId) qb.andWhere("a.kind = 'countyExpenditure' AND a.county_id = :countyId", { countyId });
  else qb.andWhere("a.kind = 'cityExpenditure'");
  return qb.getOne();
}

async function accountBalance(scope: Scope, accountId: string | null): Promise<string | null> {
  if (!accountId) return null;
  const [row] = await scope.em.query(
    'SELECT coalesce(sum(debit - credit), 0)::numeric(18,2)::text AS balance FROM fund_monthly WHERE account_id = $1',
    [accountId],
  );
  return row.balance;
}

async function runFacts(row: SettlementRun, scope: Scope): Promise<SettlementRunFacts> {
  return {
    computing: row.computedAt === null,
    fundTotal: await payableTotal(scope, row),
    balance: await accountBalance(scope, row.accountId),
  };
}

/** What paying the run posts: its sheets' fund parts less the withheld plus the released (Qinhuangdao art. 68, 71); the run's total when none. */
async function payableTotal(scope: Scope, row: SettlementRun): Promise<string> {
  if (row.computedAt === null) return row.fundTotal;
  const [t] = await scope.em.query(
    `SELECT coalesce(sum(fund_amount - withheld + released), 0)::numeric(14,2)::text AS total, bool_or(withheld > 0 OR released > 0) AS adjusted
       FROM settlement_sheets WHERE run_id = $1`,
    [row.id],
  );
  return t.adjusted ? t.total : row.fundTotal;
}

export const SETTLEMENT_TRANSITIONS: TransitionSpec<SettlementRun, SettlementRunState, SettlementRunAction, SettlementRunFacts> = {
  workflow: SETTLEMENT_RUN_WORKFLOW,
  entity: SettlementRun,
  entityType: ENTITY,
  facts: runFacts,
  apply: (_row, decision) =>
    decision.action === 'return' ? { returnReason: decision.reason } : decision.action === 'pay' ? { paidAt: new Date() } : {},
  // the payment: one posting per sheet, in this transaction; the warnings recomputed once after
  after: async (row, scope) => {
    if (row.state === 'paid') await paySheets(scope, row);
    // a returned run of assessment fees gives its fees back to the queue, for the month's next run
    if (row.state === 'returned' && row.kind === 'assessmentFee')
      await scope.em.query('UPDATE assessment_fees SET settlement_id = NULL WHERE settlement_id = $1', [row.id]);
  },
};

function filtered(scope: Scope, given?: SettlementRunFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(SettlementRun, 'r', filter.regionId);
  if (filter.ids) qb.andWhere('r.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.state) qb.andWhere('r.state = :state', { state: filter.state });
  if (filter.month) qb.andWhere('r.month = :month', { month: filter.month });
  return qb;
}

/** The month before `month` (the dashboard's default: last month). */
export const previousMonth = (month: string) => addMonthsToMonth(month, -1);
