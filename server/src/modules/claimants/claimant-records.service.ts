import {
  type ContributionMonth,
  type ContributionStatus,
  contributionChange,
  contributionMonthIssues,
  hospitalStayIssues,
  money,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import type { AddHospitalStayArgs, DischargeHospitalStayArgs, RecordContributionArgs } from './claimant.args.js';
import { Claimant } from './claimant.entity.js';
import { issuesError } from './claimant.service.js';
import { refreshEligibility } from './claimant-eligibility.js';
import { ClaimantContribution, HospitalStay } from './claimant-records.entity.js';

/** A claimant's contributions and hospital stays: each change recomputes the eligibility status in its transaction. */
export class ClaimantRecordsService {
  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {}

  recordContribution(caller: Caller, args: RecordContributionArgs): Promise<ClaimantContribution> {
    return this.db.write(caller, 'recordClaimantContribution', async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId, { lock: true });
      const month: ContributionMonth = {
        month: args.month,
        status: args.status as ContributionStatus,
        amount: args.amount,
        arrivedOn: args.arrivedOn ?? null,
      };
      const issues = contributionMonthIssues(month, todayInChina());
      if (issues.length) throw issuesError(issues);
      const { row } = await upsertContribution(scope, claimant, month, { source: 'entry', jobId: null });
      await refreshEligibility(scope, this.policyData, claimant, todayInChina());
      return row;
    });
  }

  addHospitalStay(caller: Caller, args: AddHospitalStayArgs): Promise<HospitalStay> {
    return this.db.write(caller, 'addClaimantHospitalStay', async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId, { lock: true });
      const hospital = args.hospital.trim();
      const stay = { admittedOn: args.admittedOn, dischargedOn: args.dischargedOn ?? null };
      const others = await scope.em.find(HospitalStay, { where: { claimantId: claimant.id } });
      const issues = hospitalStayIssues(stay, others, todayInChina(), claimant.deathDate);
      if (!hospital || [...hospital].length > 100)
        issues.unshift({ path: 'hospital', code: 'REQUIRED', message: '请填写医院名称（100 字以内）' });
      if (issues.length) throw issuesError(issues);
      const saved = await scope.em.save(
        scope.em.create(HospitalStay, { ...stay, hospital, claimantId: claimant.id, regionId: claimant.regionId, recordedBy: caller.id }),
      );
      await refreshEligibility(scope, this.policyData, claimant, todayInChina());
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'HospitalStay',
        entityId: saved.id,
        regionId: claimant.regionId,
        after: saved,
      });
      return saved;
    });
  }

  dischargeHospitalStay(caller: Caller, args: DischargeHospitalStayArgs): Promise<HospitalStay> {
    return this.db.write(caller, 'dischargeClaimantHospitalStay', async (scope) => {
      const before = isUuid(args.id)
        ? await scope.em.findOne(HospitalStay, { where: { id: args.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      // the stay is the caller's only through its claimant
      const claimant = before ? await scope.one(Claimant, before.claimantId, { lock: true }) : null;
      if (!before || !claimant) throw new NotFoundError('住院记录', args.id);
      if (before.dischargedOn) throw new ConflictError('该住院记录已登记出院', undefined, { reason: 'ALREADY_DISCHARGED' });
      const others = await scope.em.find(HospitalStay, { where: { claimantId: claimant.id } });
      const after = { ...before, dischargedOn: args.dischargedOn };
      const issues = hospitalStayIssues(after, others, todayInChina(), claimant.deathDate);
      if (issues.length) throw issuesError(issues);
      await scope.em.update(HospitalStay, { id: before.id }, { dischargedOn: args.dischargedOn });
      await refreshEligibility(scope, this.policyData, claimant, todayInChina());
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: 'HospitalStay',
        entityId: before.id,
        regionId: claimant.regionId,
        before,
        after,
      });
      return after;
    });
  }
}

/**
 * Insert a month or move it on (arrears → back-paid), with its audit row; the same record again
 * writes nothing; a record contradicting what arrived is CONFLICT.
 */
export async function upsertContribution(
  scope: Scope,
  claimant: Pick<Claimant, 'id' | 'regionId'>,
  month: ContributionMonth,
  origin: { source: 'entry' | 'import'; jobId: string | null },
): Promise<{ row: ClaimantContribution; change: 'insert' | 'same' | 'update' }> {
  const before = await scope.em.findOne(ClaimantContribution, { where: { claimantId: claimant.id, month: month.month } });
  const change = contributionChange(before, month);
  if (change === 'conflict') throw contributionConflict(before as ClaimantContribution);
  if (change === 'same') return { row: before as ClaimantContribution, change };
  const values = { status: month.status, amount: money(month.amount), arrivedOn: month.arrivedOn, ...origin, recordedBy: scope.caller.id };
  let row: ClaimantContribution;
  if (before) {
    await scope.em.update(ClaimantContribution, { id: before.id }, values);
    row = { ...before, ...values };
  } else {
    row = await scope.em.save(
      scope.em.create(ClaimantContribution, { ...values, month: month.month, claimantId: claimant.id, regionId: claimant.regionId }),
    );
  }
  await recordAudit(scope.em, scope.caller, {
    operation: origin.source === 'import' ? 'import' : before ? 'update' : 'create',
    entityType: 'ClaimantContribution',
    entityId: row.id,
    regionId: claimant.regionId,
    before,
    after: row,
  });
  return { row, change };
}

export function contributionConflict(before: ClaimantContribution): ConflictError {
  const text = before.status === 'arrears' ? '欠费' : `已于 ${before.arrivedOn} 到账 ${before.amount} 元`;
  return new ConflictError(
    `${before.month} 的缴费记录为${text}，与本次记录不符`,
    { month: '与已有缴费记录冲突' },
    { reason: 'CONTRIBUTION_CONFLICT' },
  );
}
