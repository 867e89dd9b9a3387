import {
  CARE_PLAN_WORKFLOW,
  type CareMode,
  type CarePlanAction,
  type CarePlanFacts,
  type CarePlanState,
  carePlanIssues,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  CARE_PLAN_SORT,
  type CarePlanFilter,
  type CarePlanListArgs,
  type CreateCarePlanArgs,
  type TransitionCarePlanArgs,
} from './care-plan.args.js';
import { CarePlan } from './care-plan.entity.js';

const ENTITY = 'CarePlan';
const IN_FORCE = ['active', 'suspended', 'termination_pending'];

/** Care plans (Qinhuangdao art. 30): drafted by the agency or the TPA (art. 62), accepted by another agency officer. */
export class CarePlanService {
  private readonly reads: ScopedReads<CarePlan, CarePlanFilter, SortFieldOf<typeof CARE_PLAN_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, CarePlan, filtered, CARE_PLAN_SORT);
  }

  list(caller: Caller, args: CarePlanListArgs): Promise<CarePlan[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: CarePlanFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<CarePlan> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateCarePlanArgs): Promise<CarePlan> {
    return this.db.write(caller, 'createCarePlan', async (scope) => {
      const issues = carePlanIssues(args);
      if (issues.length) {
        const fields: Record<string, string> = {};
        for (const i of issues) fields[i.path] ??= i.message;
        throw new BadUserInputError(fields, undefined, { issues: issues.map(({ code, path }) => ({ code, path })) });
      }
      const claimant = await scope.one(Claimant, args.claimantId);
      scope.assertPlace(claimant.regionId, claimant.countyId);
      const institution = await scope.one(Institution, args.institutionId);
      if (institution.regionId !== claimant.regionId)
        throw new BadUserInputError({ institutionId: '护理机构须为参保人所在统筹地区的定点机构' });
      const saved = await scope.em.save(
        scope.em.create(CarePlan, {
          claimantId: claimant.id,
          regionId: claimant.regionId,
          countyId: claimant.countyId,
          institutionId: institution.id,
          careMode: args.careMode as CareMode,
          careSubtype: args.careSubtype?.trim() || null,
          items: [...new Set(args.items)],
          frequencyPerWeek: args.frequencyPerWeek,
          startDate: args.startDate,
          preparedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  async transition(caller: Caller, args: TransitionCarePlanArgs): Promise<CarePlan> {
    try {
      return await this.db.write(caller, 'transitionCarePlan', (scope) => runTransition(scope, CARE_PLAN_TRANSITIONS, args));
    } catch (error) {
      // the partial unique index closes the race two acceptances of the same claimant would open
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该参保人已有备案的护理计划', undefined, { reason: 'CARE_PLAN_ALREADY_ACCEPTED' });
      throw error;
    }
  }
}

export async function carePlanFacts(row: CarePlan, scope: Scope): Promise<CarePlanFacts> {
  const asOf = todayInChina();
  const otherAccepted = await scope.em
    .createQueryBuilder(CarePlan, 'p')
    .where("p.claimant_id = :c AND p.id <> :id AND p.state = 'accepted'", { c: row.claimantId, id: row.id })
    .getExists();
  const institutionDesignated = await scope.em
    .createQueryBuilder(ServiceAgreement, 'a')
    .where('a.institution_id = :i AND a.state IN (:...states)', { i: row.institutionId, states: IN_FORCE })
    .getExists();
  return { asOf, otherAccepted, institutionDesignated };
}

const CARE_PLAN_TRANSITIONS: TransitionSpec<CarePlan, CarePlanState, CarePlanAction, CarePlanFacts> = {
  workflow: CARE_PLAN_WORKFLOW,
  entity: CarePlan,
  entityType: ENTITY,
  facts: carePlanFacts,
  apply: (_row, decision) => (decision.action === 'end' ? { endDate: todayInChina() } : {}),
};

function filtered(scope: Scope, given?: CarePlanFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(CarePlan, 'p', filter.regionId);
  const uuidOrNull = (v: string) => (isUuid(v) ? v : null);
  if (filter.ids) qb.andWhere('p.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.claimantId) qb.andWhere('p.claimant_id = :claimantId', { claimantId: uuidOrNull(filter.claimantId) });
  if (filter.institutionId) qb.andWhere('p.institution_id = :institutionId', { institutionId: uuidOrNull(filter.institutionId) });
  if (filter.state) qb.andWhere('p.state = :state', { state: filter.state });
  return qb;
}
