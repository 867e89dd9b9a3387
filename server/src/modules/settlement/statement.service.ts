import { D, isIsoMonth, money } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { todayInChina } from '../../common/today.js';
import { Claimant } from '../claimants/claimant.entity.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import type { ComplaintService } from '../complaints/complaint.service.js';
import type { BenefitStatementArgs, StatementComplaintArgs } from './settlement.args.js';
import type { BenefitStatement, BenefitStatementLine } from './statement.types.js';

/** A claimant's monthly statements and the complaints raised from them. */
export class StatementService {
  constructor(
    private readonly db: Db,
    private readonly complaints: ComplaintService,
  ) {}

  /** What the institutions declared in the claimant's name and what each run paid, the month's live runs only (a returned one is not). */
  statement(caller: Caller, args: BenefitStatementArgs): Promise<BenefitStatement> {
    if (!isIsoMonth(args.month)) throw new BadUserInputError({ month: '月份格式应为 YYYY-MM' });
    return this.db.read(caller, async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId);
      const rows: (BenefitStatementLine & { region_id: string })[] = await scope.em.query(
        `SELECT l.run_id AS "runId", r.state AS "runState", l.institution_id AS "institutionId", l.billed::text AS billed,
                l.excluded::text AS excluded, l.fund_amount::text AS "fundAmount", l.claimant_amount::text AS "claimantAmount",
                l.unsettled::text AS unsettled, l.detail, l.trace
           FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
          WHERE l.claimant_id = $1 AND l.month = $2 AND r.state <> 'returned' AND l.region_id = ANY($3)
          ORDER BY l.institution_id`,
        [claimant.id, args.month, scope.regions()],
      );
      const sum = (f: 'billed' | 'fundAmount' | 'claimantAmount') => money(rows.reduce((s, r) => s.plus(r[f]), new D(0)));
      return {
        claimantId: claimant.id,
        month: args.month,
        name: claimant.name,
        idNumberMasked: claimant.idNumberMasked,
        lines: rows,
        billed: sum('billed'),
        fundAmount: sum('fundAmount'),
        claimantAmount: sum('claimantAmount'),
      };
    });
  }

  /** A complaint raised from a statement lands in the complaints register, against an institution on the statement. */
  async complain(caller: Caller, args: StatementComplaintArgs): Promise<Complaint> {
    const statement = await this.statement(caller, args);
    if (!statement.lines.some((l) => l.institutionId === args.institutionId))
      throw new BadUserInputError({ institutionId: '该机构不在本月待遇结算单上 (the institution is not on the statement)' }, undefined, {
        reason: 'NOT_ON_STATEMENT',
      });
    return this.complaints.create(caller, {
      institutionId: args.institutionId,
      channel: 'online',
      kind: 'other',
      receivedOn: todayInChina(),
      complainant: args.complainant,
      content: `【待遇结算单 ${args.month}，参保人 ${statement.name}】${args.content}`.slice(0, 4000),
    });
  }
}
