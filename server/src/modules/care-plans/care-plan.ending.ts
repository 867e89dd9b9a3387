import { CARE_PLAN_WORKFLOW } from '@ltci/shared';
import type { Scope } from '../../common/scope.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { CarePlan } from './care-plan.entity.js';

export interface PlanEnd {
  lastDay: string;
  cause: 'replaced' | 'death';
  reason: string;
  citation: string;
}

/**
 * An accepted plan ended by what follows from another step (a change replaces it, Qinhuangdao
 * art. 34(2); the claimant's death, art. 34(5)), in the same transaction, with its own history
 * and audit rows. A plan not accepted is left as it is.
 */
export async function endPlan(scope: Scope, id: string, end: PlanEnd): Promise<void> {
  const old = await scope.one(CarePlan, id, { lock: true });
  if (old.state !== 'accepted') return;
  const changes = { state: 'ended' as const, endDate: end.lastDay, endCause: end.cause, version: old.version + 1 };
  await scope.em.update(CarePlan, { id }, changes);
  await scope.em.insert(WorkflowStep, {
    workflow: CARE_PLAN_WORKFLOW.id,
    recordId: id,
    action: 'end',
    fromState: 'accepted',
    toState: 'ended',
    actorId: scope.caller.id,
    actorName: scope.caller.username,
    reason: end.reason,
    input: { cause: end.cause, lastDay: end.lastDay },
    trace: [{ rule: 'carePlan.lastDay', citation: end.citation, inputs: { cause: end.cause }, output: end.lastDay }],
  } as never);
  await recordAudit(scope.em, scope.caller, {
    operation: 'transition',
    entityType: 'CarePlan',
    entityId: id,
    regionId: old.regionId,
    before: old,
    after: { ...old, ...changes, action: 'end', reason: end.reason },
  });
}

/** The claimant's death ends their accepted plans: benefits end from the day after death (Qinhuangdao art. 34(5); Tumxuk §5(四)). */
export async function endPlansOnDeath(scope: Scope, claimantId: string, deathDate: string): Promise<void> {
  const plans = await scope.rows(CarePlan, 'p').andWhere("p.claimant_id = :c AND p.state = 'accepted'", { c: claimantId }).getMany();
  for (const p of plans)
    await endPlan(scope, p.id, {
      lastDay: deathDate,
      cause: 'death',
      reason: `参保人于 ${deathDate} 死亡`,
      citation: 'Qinhuangdao art. 34(5); Tumxuk §5(四)',
    });
}
