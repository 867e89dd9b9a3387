import {
  type ApplicationAction,
  type ApplicationFacts,
  type ApplicationState,
  ASSESSMENT_APPLICATION_WORKFLOW,
  isIsoDate,
  type PolicyIssue,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionArgsShape, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { issuesError } from '../claimants/claimant.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import {
  APPLICATION_SORT,
  type AssessmentApplicationFilter,
  type AssessmentApplicationListArgs,
  type CreateAssessmentApplicationArgs,
  type TransitionAssessmentApplicationArgs,
} from './application.args.js';
import { type ApplicationDeadlines, applicationDeadlines } from './application.deadlines.js';
import { AssessmentApplication } from './application.entity.js';
import { applicationFacts } from './application.facts.js';
import { pageFacts, refuseCalendarGap, stepChanges } from './application.steps.js';
import { AssessmentStepsService } from './application-steps.service.js';

/** Assessment applications: taken in at intake, then moved only by the shared workflow table. */
export class AssessmentApplicationService {
  private readonly reads: ScopedReads<AssessmentApplication, AssessmentApplicationFilter, SortFieldOf<typeof APPLICATION_SORT>>;
  private readonly spec: TransitionSpec<AssessmentApplication, ApplicationState, ApplicationAction, ApplicationFacts>;

  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
    readonly steps: AssessmentStepsService = new AssessmentStepsService(db, policyData),
  ) {
    this.reads = new ScopedReads(db, AssessmentApplication, filtered, APPLICATION_SORT);
    this.spec = {
      workflow: ASSESSMENT_APPLICATION_WORKFLOW,
      entity: AssessmentApplication,
      entityType: 'AssessmentApplication',
      facts: (row, scope, args) => this.facts(scope, row, args),
      apply: (row, decision) => stepChanges(row, decision.action, decision.input),
      after: (row, scope) => this.steps.after(scope, row),
    };
  }

  list(caller: Caller, args: AssessmentApplicationListArgs): Promise<AssessmentApplication[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: AssessmentApplicationFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<AssessmentApplication> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateAssessmentApplicationArgs): Promise<AssessmentApplication> {
    return this.db.write(caller, 'createAssessmentApplication', async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId);
      scope.assertPlace(claimant.regionId, claimant.countyId);
      const today = todayInChina();
      const issues: PolicyIssue[] = [];
      const date = (path: string, v: string | null | undefined, required: boolean) => {
        if (!v) {
          if (required) issues.push({ path, code: 'REQUIRED', message: '请填写日期' });
        } else if (!isIsoDate(v)) issues.push({ path, code: 'INVALID_DATE', message: '日期应为 YYYY-MM-DD' });
        else if (path !== 'supplementDueDate' && v > today) issues.push({ path, code: 'OUT_OF_RANGE', message: '日期不能晚于今天' });
      };
      date('appliedOn', args.appliedOn, true);
      date('disabilitySince', args.disabilitySince, true);
      date('supplementDueDate', args.supplementDueDate, false);
      const missing = args.missingMaterials.map((m) => m.trim()).filter(Boolean);
      if (missing.length > 30 || missing.some((m) => [...m].length > 100))
        issues.push({ path: 'missingMaterials', code: 'OUT_OF_RANGE', message: '尚缺材料最多 30 项，每项 100 字以内' });
      if (issues.length) throw issuesError(issues);
      const saved = await scope.em.save(
        scope.em.create(AssessmentApplication, {
          regionId: claimant.regionId,
          countyId: claimant.countyId,
          claimantId: claimant.id,
          kind: args.kind,
          appliedOn: args.appliedOn,
          disabilitySince: args.disabilitySince,
          conditionStable: args.conditionStable,
          workInjury: args.workInjury,
          missingMaterials: missing,
          supplementDueDate: args.supplementDueDate ?? null,
          preparedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'AssessmentApplication',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return scope.one(AssessmentApplication, saved.id);
    });
  }

  transition(caller: Caller, args: TransitionAssessmentApplicationArgs): Promise<AssessmentApplication> {
    return this.db.write(caller, 'transitionAssessmentApplication', (scope) => runTransition(scope, this.spec, args));
  }

  /** The guards' facts, read in the caller's unit of work with the region's pack of today; `args`: the step being taken. */
  async facts(scope: Scope, row: AssessmentApplication, args?: TransitionArgsShape): Promise<ApplicationFacts> {
    const today = todayInChina();
    const c = await scope.one(Claimant, row.claimantId);
    const pack = await this.policyData.packIn(scope, row.regionId, today);
    if (!pack.ok) throw new BadUserInputError({ regionId: pack.issues.map((i) => i.message).join('；') });
    const params = pack.value.assessment;
    const deadlines = applicationDeadlines(row, params, await this.policyData.calendar(scope), today);
    if (args) refuseCalendarGap(args.action, deadlines);
    const more = await this.steps.lifecycleFacts(scope, row, params, deadlines, args?.input ?? null);
    const last = (await this.steps.lastConclusions(scope, [row.claimantId])).get(row.claimantId) ?? null;
    return applicationFacts(row, c, params, today, more, last);
  }

  /** The facts of a page of applications at once: one read of their claimants, one pack per region. */
  async factsOfPage(scope: Scope, rows: readonly AssessmentApplication[]): Promise<ApplicationFacts[]> {
    const today = todayInChina();
    const claimantIds = [...new Set(rows.map((r) => r.claimantId))];
    const claimants = new Map(
      (await scope.rows(Claimant, 'c').andWhere('c.id IN (:...claimantIds)', { claimantIds }).getMany()).map((c) => [c.id, c]),
    );
    const regions = [...new Set(rows.map((r) => r.regionId))];
    const packs = new Map(
      (
        await this.policyData.packsIn(
          scope,
          regions.map((regionId) => ({ regionId, date: today })),
        )
      ).map((pack, i) => [regions[i], pack]),
    );
    const calendar = await this.policyData.calendar(scope);
    const last = await this.steps.lastConclusions(scope, claimantIds);
    return rows.map((row) => {
      const pack = packs.get(row.regionId);
      const claimant = claimants.get(row.claimantId);
      if (!pack?.ok)
        throw new BadUserInputError({ regionId: pack?.ok === false ? pack.issues.map((i) => i.message).join('；') : row.regionId });
      if (!claimant) throw new NotFoundError('参保人', row.claimantId);
      const params = pack.value.assessment;
      const deadlines = applicationDeadlines(row, params, calendar, today);
      return applicationFacts(row, claimant, params, today, pageFacts(row, params, deadlines), last.get(row.claimantId) ?? null);
    });
  }

  /** The deadlines of one application on the working-day calendar, with the ones the calendar cannot give. */
  /** The deadlines of a page of applications: the calendar read once, each region's pack once. */
  async deadlinesOfPage(scope: Scope, rows: readonly AssessmentApplication[]): Promise<ApplicationDeadlines[]> {
    const today = todayInChina();
    const calendar = await this.policyData.calendar(scope);
    const packs = new Map<string, Awaited<ReturnType<PolicyDataService['packIn']>>>();
    for (const regionId of new Set(rows.map((r) => r.regionId))) packs.set(regionId, await this.policyData.packIn(scope, regionId, today));
    return rows.map((row) => {
      const pack = packs.get(row.regionId)!;
      if (!pack.ok) return { deadlines: [], issues: pack.issues.map((i) => ({ ...i, deadline: 'pack' })) };
      return applicationDeadlines(row, pack.value.assessment, calendar, today);
    });
  }
}

function filtered(scope: Scope, given?: AssessmentApplicationFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(AssessmentApplication, 'a', filter.regionId);
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.countyId) qb.andWhere('a.county_id = :countyId', { countyId: filter.countyId });
  if (filter.claimantId) qb.andWhere('a.claimant_id = :claimantId', { claimantId: isUuid(filter.claimantId) ? filter.claimantId : null });
  if (filter.state) qb.andWhere('a.state = :state', { state: filter.state });
  return qb;
}
