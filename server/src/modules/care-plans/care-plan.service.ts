import {
  addDays,
  CARE_PLAN_WORKFLOW,
  type CareMode,
  type CarePlanAction,
  type CarePlanEndCause,
  type CarePlanFacts,
  type CarePlanState,
  carePlanIssues,
  carePlanLastDay,
  carePlanStart,
  type EligibilityParams,
  type PlanConclusion,
  type PolicyIssue,
  planConclusionIssues,
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
import { AssessmentApplication } from '../assessments/application.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { policyInputError } from '../calculators/calculation.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import {
  CARE_PLAN_SORT,
  type CarePlanFilter,
  type CarePlanListArgs,
  type CreateCarePlanArgs,
  type TransitionCarePlanArgs,
} from './care-plan.args.js';
import { endPlan } from './care-plan.ending.js';
import { CarePlan } from './care-plan.entity.js';
import { carePlanFactsFor, isRemote } from './care-plan.facts.js';
import { CareServiceItem } from './service-item.entity.js';

const ENTITY = 'CarePlan';
const EMPLOYEE_LIKE = new Set(['employee', 'retiree', 'flexible']);

/** Care plans (Qinhuangdao art. 30): drafted by the agency or the TPA (art. 62), accepted by another agency officer. */
export class CarePlanService {
  private readonly reads: ScopedReads<CarePlan, CarePlanFilter, SortFieldOf<typeof CARE_PLAN_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {
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
      const claimant = await scope.one(Claimant, args.claimantId);
      scope.assertPlace(claimant.regionId, claimant.countyId);
      const pack = await this.policyData.packIn(scope, claimant.regionId, todayInChina());
      if (!pack.ok) throw policyInputError(pack.issues);
      const items = Array.isArray(args.items) ? args.items : [];
      const codes = await scope.em
        .createQueryBuilder(CareServiceItem, 's')
        .select('s.code', 'code')
        .where('s.active AND s.code = ANY(:codes)', { codes: items.map((i) => i.code) })
        .getRawMany<{ code: string }>();
      const benefits = pack.value.benefits;
      // Qinhuangdao art. 31(1)3: the employees' home-care standard of 10 visits a month (residents: 另行制定, none yet)
      const homeVisits =
        benefits.employees.kind === 'monthlyCap' && EMPLOYEE_LIKE.has(claimant.category)
          ? { visitsPerMonth: benefits.employees.home.visitsPerMonth, citation: benefits.employees.home.citation }
          : null;
      const conclusion = await this.conclusion(scope, claimant, args.conclusionId);
      const issues = [
        ...planConclusionIssues(conclusion?.facts ?? null, claimant.id, benefits.qualifyingGrades),
        ...carePlanIssues(
          {
            ...args,
            ...(conclusion ? { grade: conclusion.row.recordedGrade, conclusionOn: conclusion.conclusionOn } : {}),
          },
          {
            catalogue: new Set(codes.map((c) => c.code)),
            qualifyingGrades: benefits.qualifyingGrades,
            familyCare: benefits.familyCare,
            remoteArea: await isRemote(scope, claimant.countyId),
            homeVisits,
          },
        ).filter((i) => !(i.path === 'grade' && i.code === 'GRADE_NOT_QUALIFYING')),
      ];
      if (issues.length) throw inputError(issues);
      const institution = await scope.one(Institution, args.institutionId);
      if (institution.regionId !== claimant.regionId)
        throw new BadUserInputError({ institutionId: '护理机构须为参保人所在统筹地区的定点机构' });
      // Qinhuangdao art. 30, 36: only a designated institution (an agreement in force) makes a care plan; acceptance checks again
      const designated = (
        await carePlanFactsFor(scope.em, [{ id: '', claimantId: claimant.id, institutionId: institution.id, replacesId: null } as CarePlan])
      ).get('');
      if (!designated?.institutionDesignated)
        throw new BadUserInputError({ institutionId: '护理机构无履行中的服务协议 (institution not designated)' }, undefined, {
          reason: 'INSTITUTION_NOT_DESIGNATED',
          issues: [{ code: 'INSTITUTION_NOT_DESIGNATED', path: 'institutionId' }],
        });
      if (args.replacesId) {
        const old = await scope.one(CarePlan, args.replacesId);
        if (old.claimantId !== claimant.id || old.state !== 'accepted')
          throw new BadUserInputError({ replacesId: '被替代的计划须为该参保人已备案的计划' }, undefined, { reason: 'NOT_REPLACEABLE' });
      }
      const saved = await scope.em.save(
        scope.em.create(CarePlan, {
          claimantId: claimant.id,
          regionId: claimant.regionId,
          countyId: claimant.countyId,
          institutionId: institution.id,
          careMode: args.careMode as CareMode,
          careSubtype: args.careSubtype?.trim() || null,
          items: items.map((i) => i.code),
          itemFrequencies: items.map((i) => ({ code: i.code, timesPerMonth: i.timesPerMonth })),
          // Product rule: the weekly visits the month quote plans, from the most frequent item (times a month × 7 ÷ 30, rounded up)
          frequencyPerWeek: Math.min(21, Math.max(1, Math.ceil((Math.max(...items.map((i) => i.timesPerMonth)) * 7) / 30))),
          startDate: args.startDate,
          conclusionId: conclusion!.row.id,
          grade: conclusion!.row.recordedGrade,
          conclusionOn: conclusion!.conclusionOn,
          familyCarer: args.careMode === 'family' ? (args.familyCarer?.trim() ?? null) : null,
          replacesId: args.replacesId ?? null,
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

  /**
   * The conclusion a plan rests on, in the claimant's region: its state, grade, the letter's date
   * (art. 28: benefits from the month after it) and whether a later final conclusion replaced it.
   */
  private async conclusion(
    scope: Scope,
    claimant: Claimant,
    id: string,
  ): Promise<{ row: AssessmentApplication; facts: PlanConclusion; conclusionOn: string | null } | null> {
    if (!isUuid(id)) return null;
    const row = await scope.rows(AssessmentApplication, 'a', claimant.regionId).andWhere('a.id = :id', { id }).getOne();
    if (!row) return null;
    const superseded =
      row.state === 'final' &&
      (await scope.em
        .createQueryBuilder(AssessmentApplication, 'b')
        .where("b.claimant_id = :c AND b.state = 'final' AND b.id <> :id", { c: row.claimantId, id: row.id })
        .andWhere('(b.final_on, b.id) > (:on, :id)', { on: row.finalOn ?? '0001-01-01' })
        .getExists());
    return {
      row,
      facts: { claimantId: row.claimantId, state: row.state, grade: row.recordedGrade, superseded },
      conclusionOn: row.letterIssuedOn ?? row.finalOn,
    };
  }

  async transition(caller: Caller, args: TransitionCarePlanArgs): Promise<CarePlan> {
    try {
      return await this.db.write(caller, 'transitionCarePlan', (scope) => runTransition(scope, this.spec(scope), args));
    } catch (error) {
      // the deferred exclusion constraint closes the race two acceptances of the same claimant would open
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string })?.code : undefined;
      if (code === '23505' || code === '23P01')
        throw new ConflictError('该参保人已有备案的护理计划', undefined, { reason: 'CARE_PLAN_ALREADY_ACCEPTED' });
      throw error;
    }
  }

  /** The step's dates by the region's pack: the first payable day on acceptance, the last on an end (art. 28, 30, 34). */
  private spec(scope: Scope): TransitionSpec<CarePlan, CarePlanState, CarePlanAction, CarePlanFacts> {
    const today = todayInChina();
    let params: EligibilityParams | null = null;
    let accepted: Partial<CarePlan> = {};
    return {
      workflow: CARE_PLAN_WORKFLOW,
      entity: CarePlan,
      entityType: ENTITY,
      facts: async (row) => {
        const facts = (await carePlanFactsFor(scope.em, [row])).get(row.id) as CarePlanFacts;
        const pack = await this.policyData.packIn(scope, row.regionId, today);
        if (!pack.ok) throw policyInputError(pack.issues);
        params = pack.value.eligibility;
        if (row.state === 'drafted') {
          const old = row.replacesId ? await scope.one(CarePlan, row.replacesId) : null;
          const replaces = old
            ? { careModeChanged: old.careMode !== row.careMode, institutionChanged: old.institutionId !== row.institutionId }
            : null;
          const start = carePlanStart({ acceptedOn: today, startDate: row.startDate, conclusionOn: row.conclusionOn, replaces }, params);
          if (start.ok) accepted = { acceptedOn: today, benefitsFrom: start.value.benefitsFrom, startTrace: start.trace };
        }
        return facts;
      },
      apply: (_row, decision) => {
        if (decision.action === 'accept') return accepted;
        const cause = (decision.input.cause as CarePlanEndCause | undefined) ?? 'other';
        const on = (decision.input.on as string | undefined) ?? null;
        const last = params ? carePlanLastDay(cause, on, today, params) : null;
        return { endDate: last?.ok ? last.value.lastDay : today, endCause: cause };
      },
      after: async (row) => {
        if (row.state !== 'accepted' || !row.replacesId || !row.benefitsFrom) return;
        await endPlan(scope, row.replacesId, {
          lastDay: addDays(row.benefitsFrom, -1),
          cause: 'replaced',
          reason: `由新计划替代（${row.id}）`,
          citation: 'Qinhuangdao art. 34(2); Tumxuk §5(四)',
        });
      },
    };
  }
}

function inputError(issues: PolicyIssue[]): BadUserInputError {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  return new BadUserInputError(fields, undefined, { reason: issues[0].code, issues: issues.map(({ code, path }) => ({ code, path })) });
}

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
