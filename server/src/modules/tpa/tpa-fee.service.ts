import {
  D,
  FUND_ACCOUNT_KINDS,
  isIsoDate,
  money,
  type PolicyIssue,
  TPA_FEE_PAYMENT_WORKFLOW,
  type TpaFeePaymentFacts,
  tpaInstalment,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from '../fund/fund-account.entity.js';
import { decideInScope, writePosting } from '../fund/fund-ledger.js';
import { packAt, RAISED } from '../fund/fund-warnings.js';
import {
  PAYMENT_SORT,
  type ProposeTpaFeePaymentArgs,
  type TpaFeePaymentFilter,
  type TpaFeePaymentListArgs,
  type TransitionTpaFeePaymentArgs,
} from './tpa.args.js';
import { TpaAssessment } from './tpa-assessment.entity.js';
import { ASSESSMENT_LABEL } from './tpa-assessment.service.js';
import { refuse, uuidOrNull, uuids } from './tpa-common.js';
import { TpaFeePayment } from './tpa-fee-payment.entity.js';
import { TpaReads, tpaOne, tpaRows } from './tpa-scope.js';

export const PAYMENT_LABEL = '经办服务费拨付';

/** The cap's figures of a region's year from the ledger (Qinhuangdao art. 63): fund raised, TPA fees posted and proposed. */
export async function capFigures(scope: Scope, regionId: string, year: number, excluding?: string) {
  const [ledger] = await scope.em.query(
    `SELECT coalesce(sum(m.debit - m.credit) FILTER (WHERE m.kind = ANY($3)), 0)::numeric(18,2)::text AS raised,
            coalesce(sum(m.credit - m.debit) FILTER (WHERE m.kind = 'tpaFee'), 0)::numeric(18,2)::text AS paid
       FROM fund_monthly m JOIN fund_accounts a ON a.id = m.account_id
      WHERE m.region_id = $1 AND a.kind = ANY($4) AND m.month LIKE $2`,
    [regionId, `${year}-%`, RAISED, FUND_ACCOUNT_KINDS],
  );
  const [pending] = await scope.em.query(
    `SELECT coalesce(sum(amount), 0)::numeric(18,2)::text AS amount FROM tpa_fee_payments
      WHERE region_id = $1 AND state = 'proposed' AND date >= $2 AND date <= $3 AND id <> coalesce($4::uuid, '00000000-0000-0000-0000-000000000000')`,
    [regionId, `${year}-01-01`, `${year}-12-31`, excluding ?? null],
  );
  const clamp = (v: string) => (v.startsWith('-') ? '0.00' : v);
  return { raisedFund: clamp(ledger.raised), feesPaidInCapYear: money(new D(clamp(ledger.paid)).plus(pending.amount)) };
}

async function fundParams(scope: Scope, regionId: string, date: string) {
  const pack = await packAt(scope, regionId, date);
  if (!pack) refuse([{ path: 'date', code: 'PARAMETER_MISSING', message: `该日期没有生效的政策参数包：${date}` }]);
  return pack.fund;
}

/** Quarterly payments of the fee due (Qinhuangdao art. 63), proposed by one fund manager and paid through the ledger on another's approval. */
export class TpaFeeService {
  constructor(private readonly db: Db) {}

  private readonly reads = new TpaReads(this.db, TpaFeePayment, PAYMENT_LABEL, paymentRows, PAYMENT_SORT);

  list(caller: Caller, args: TpaFeePaymentListArgs): Promise<TpaFeePayment[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: TpaFeePaymentFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<TpaFeePayment> {
    return this.reads.get(caller, id);
  }

  async propose(caller: Caller, args: ProposeTpaFeePaymentArgs): Promise<TpaFeePayment> {
    try {
      return await this.db.write(caller, 'proposeTpaFeePayment', async (scope) => {
        const assessment = await tpaOne(scope, TpaAssessment, ASSESSMENT_LABEL, args.assessmentId, { lock: true });
        scope.assertRegion(assessment.regionId);
        const issues: PolicyIssue[] = [];
        if (assessment.state !== 'approved' || assessment.feeDue === null)
          issues.push({
            path: 'assessmentId',
            code: 'ASSESSMENT_NOT_APPROVED',
            message: '年度考核评议通过后才能拨付服务费（天津办法第十八条）',
          });
        if (!isIsoDate(args.date)) issues.push({ path: 'date', code: 'INVALID_DATE', message: '日期格式应为 YYYY-MM-DD' });
        else if (args.date < '2000-01-01' || args.date > '2099-12-31')
          issues.push({ path: 'date', code: 'OUT_OF_RANGE', message: '拨付日期须在2000至2099年之间' });
        if (issues.length) refuse(issues);
        const paidQuarters: { quarter: number; amount: string }[] = await scope.em.query(
          "SELECT quarter, amount::text AS amount FROM tpa_fee_payments WHERE assessment_id = $1 AND state <> 'rejected' ORDER BY quarter",
          [assessment.id],
        );
        const capYear = Number(args.date.slice(0, 4));
        const decided = tpaInstalment(
          {
            feeDue: assessment.feeDue!,
            quarter: args.quarter as 1,
            paidQuarters,
            capYear,
            ...(await capFigures(scope, assessment.regionId, capYear)),
          },
          await fundParams(scope, assessment.regionId, args.date),
        );
        if (!decided.ok) refuse(decided.issues);
        if (!decided.value.withinCap)
          refuse([
            {
              path: 'quarter',
              code: 'TPA_FEE_OVER_CAP',
              message: `本季度应拨${decided.value.amount}元，超过${capYear}年经办服务费上限${decided.value.annualCap}元，尚可拨付${decided.value.remaining}元（秦皇岛细则第六十三条）`,
              params: {
                amount: decided.value.amount,
                year: capYear,
                annualCap: decided.value.annualCap,
                remaining: decided.value.remaining,
              },
            },
          ]);
        const saved = await scope.em.save(
          scope.em.create(TpaFeePayment, {
            assessmentId: assessment.id,
            contractId: assessment.contractId,
            regionId: assessment.regionId,
            tpaInstitutionId: assessment.tpaInstitutionId,
            year: assessment.year,
            quarter: args.quarter,
            date: args.date,
            amount: decided.value.amount,
            preparedBy: caller.id,
            trace: decided.trace as never,
          }),
        );
        await recordAudit(scope.em, caller, {
          operation: 'create',
          entityType: 'TpaFeePayment',
          entityId: saved.id,
          regionId: saved.regionId,
          after: saved,
        });
        return saved;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该季度已拨付或正在审批', { quarter: '该季度已拨付或正在审批' }, { reason: 'QUARTER_ALREADY_PAID' });
      throw error;
    }
  }

  transition(caller: Caller, args: TransitionTpaFeePaymentArgs): Promise<TpaFeePayment> {
    return this.db.write(caller, 'transitionTpaFeePayment', (scope) => runTransition(scope, PAYMENT_TRANSITIONS, args));
  }
}

/** Whether the payment is still within its year's cap, judged again at approval (other payments may have come first). */
export async function paymentFacts(row: TpaFeePayment, scope: Scope): Promise<TpaFeePaymentFacts> {
  const year = Number(row.date.slice(0, 4));
  const figures = await capFigures(scope, row.regionId, year, row.id);
  const params = await fundParams(scope, row.regionId, row.date);
  if (params.tpaFee.capRate === null) return { withinCap: true, amount: row.amount, remaining: null };
  const remaining = money(new D(figures.raisedFund).times(params.tpaFee.capRate).minus(figures.feesPaidInCapYear));
  return { withinCap: new D(row.amount).lessThanOrEqualTo(remaining), amount: row.amount, remaining };
}

/** Paid: the ledger's `tpaFee` posting from the city expenditure account to the TPA (Qinhuangdao art. 50 ¶2, 63). */
async function postPayment(row: TpaFeePayment, scope: Scope): Promise<void> {
  if (row.state !== 'paid' || new D(row.amount).isZero()) return;
  const accounts = await scope.rows(FundAccount, 'a', row.regionId).andWhere("a.kind IN ('tpa', 'cityExpenditure')").getMany();
  const id = (kind: string) => accounts.find((a) => a.kind === kind)?.id ?? '';
  const { decided, trace } = await decideInScope(scope, {
    regionId: row.regionId,
    kind: 'tpaFee',
    date: row.date,
    memo: `${row.year}年度委托经办服务费第${row.quarter}季度`,
    lines: [
      { accountId: id('tpa'), side: 'debit', amount: row.amount },
      { accountId: id('cityExpenditure'), side: 'credit', amount: row.amount },
    ],
  });
  const posting = await writePosting(scope, decided, trace);
  await scope.em.update(TpaFeePayment, { id: row.id }, { postingId: posting.id });
  row.postingId = posting.id;
  await recordAudit(scope.em, scope.caller, {
    operation: 'post',
    entityType: 'FundPosting',
    entityId: posting.id,
    regionId: posting.regionId,
    after: { ...posting, lines: decided.lines, tpaFeePayment: row.id },
  });
}

const PAYMENT_TRANSITIONS: TransitionSpec<TpaFeePayment, string, string, TpaFeePaymentFacts> = {
  workflow: TPA_FEE_PAYMENT_WORKFLOW as never,
  entity: TpaFeePayment,
  entityType: 'TpaFeePayment',
  facts: paymentFacts,
  after: postPayment,
};

function paymentRows(scope: Scope, given?: TpaFeePaymentFilter | null) {
  const filter = given ?? {};
  const qb = tpaRows(scope, TpaFeePayment, 'p', filter.regionId);
  if (filter.ids) qb.andWhere('p.id = ANY(:ids)', { ids: uuids(filter.ids) });
  if (filter.assessmentId) qb.andWhere('p.assessment_id = :a', { a: uuidOrNull(filter.assessmentId) });
  if (filter.state) qb.andWhere('p.state = :state', { state: filter.state });
  return qb;
}

/** The year's TPA fees against the cap (Qinhuangdao art. 63; Tumxuk §6(五): none), as the dashboard shows them. */
export async function capStatusOf(scope: Scope, regionId: string, year: number) {
  const figures = await capFigures(scope, regionId, year);
  const pack = await packAt(scope, regionId, `${year}-12-31`);
  const rate = pack?.fund.tpaFee.capRate ?? null;
  const annualCap = rate === null ? null : money(new D(figures.raisedFund).times(rate));
  return {
    year,
    raisedFund: figures.raisedFund,
    feesInYear: figures.feesPaidInCapYear,
    capRate: rate,
    annualCap,
    remaining: annualCap === null ? null : money(new D(annualCap).minus(figures.feesPaidInCapYear)),
    citation: pack?.fund.tpaFee.citation ?? 'Qinhuangdao art. 63; Tumxuk §6(五)',
  };
}
