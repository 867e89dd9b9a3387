import {
  INSTITUTION_ACTIVITY_WORKFLOW,
  type InstitutionActivityAction,
  type InstitutionActivityFacts,
  type InstitutionActivityState,
  type InstitutionProfileDraft,
  institutionProfileIssues,
  institutionRecordIssues,
  kindChangeIssues,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { AssessmentApplication } from '../assessments/application.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { DesignationApplication } from '../designations/designation.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { TpaContract } from '../tpa/tpa-contract.entity.js';
import {
  type CreateInstitutionArgs,
  INSTITUTION_SORT,
  type InstitutionFilter,
  type InstitutionListArgs,
  type TransitionInstitutionArgs,
  type UpdateInstitutionArgs,
} from './institution.args.js';
import { Institution } from './institution.entity.js';
import { type InstitutionDraft, institutionFieldErrors, normalise } from './institution.rules.js';
import { InstitutionStatus } from './institution-enums.js';
import { RelatedPerson } from './related-person.entity.js';
import { assertSeparation } from './separation.js';
import { Staff } from './staff.entity.js';

const ENTITY = 'Institution';

export class InstitutionService {
  constructor(
    private readonly db: Db,
    private readonly policy?: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, Institution, filtered, INSTITUTION_SORT);
  }

  private readonly reads: ScopedReads<Institution, InstitutionFilter, SortFieldOf<typeof INSTITUTION_SORT>>;

  list(caller: Caller, args: InstitutionListArgs): Promise<Institution[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: InstitutionFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  /** One institution of the caller's regions; another region's answers NOT_FOUND. */
  get(caller: Caller, id: string): Promise<Institution> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateInstitutionArgs): Promise<Institution> {
    const draft = normalise({ ...args, careSubtype: args.careSubtype ?? null, status: InstitutionStatus.none });
    return this.write(caller, 'createInstitution', async (scope) => {
      await validate(scope, draft);
      const saved = await scope.em.save(scope.em.create(Institution, { ...draft, preparedBy: caller.id }));
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

  update(caller: Caller, args: UpdateInstitutionArgs): Promise<Institution> {
    const { id, ...changes } = args;
    return this.write(caller, 'updateInstitution', async (scope) => {
      const before = await scope.one(Institution, id, { lock: true });
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const draft = normalise({ ...before, ...defined } as InstitutionDraft);
      await validate(scope, { ...before, ...defined, ...draft }, before);
      const saved = await scope.em.save(Institution, { ...before, ...defined, ...draft, version: before.version + 1 });
      // its agreements, staff and related persons are placed where it is (their county decides who reaches them)
      if (saved.countyId !== before.countyId || saved.regionId !== before.regionId) {
        await scope.em.update(ServiceAgreement, { institutionId: id }, { countyId: saved.countyId });
        const place = { regionId: saved.regionId, countyId: saved.countyId };
        await scope.em.update(Staff, { institutionId: id }, place);
        await scope.em.update(RelatedPerson, { institutionId: id }, place);
      }
      // Qinhuangdao art. 40; Tumxuk §6(一); Xinjiang art. 12(6): a new kind or region is checked against the others
      if (this.policy && (saved.kind !== before.kind || saved.regionId !== before.regionId))
        await assertSeparation(scope, this.policy, saved);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: id,
        regionId: saved.regionId,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Deactivate or reactivate, with a reason, through the shared table: never deleted (issue 8, defect 3). */
  transition(caller: Caller, args: TransitionInstitutionArgs): Promise<Institution> {
    return this.write(caller, 'transitionInstitution', (scope) => runTransition(scope, ACTIVITY, args));
  }

  /** Run a change in one transaction; a duplicate credit code becomes CONFLICT, not a 500. */
  private async write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(caller, name, work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
        throw new ConflictError('统一社会信用代码已被其他机构使用', { creditCode: '该统一社会信用代码已存在' });
      }
      throw error;
    }
  }
}

const IN_FORCE = ['active', 'suspended', 'termination_pending'];

/** The facts of the activity table's guards, in the caller's unit of work. */
export async function activityFacts(row: Institution, scope: Scope): Promise<InstitutionActivityFacts> {
  const agreementInForce = await scope.em
    .createQueryBuilder(ServiceAgreement, 'a')
    .where('a.institution_id = :id AND a.state IN (:...states)', { id: row.id, states: IN_FORCE })
    .getExists();
  return { agreementInForce };
}

const ACTIVITY: TransitionSpec<Institution, InstitutionActivityState, InstitutionActivityAction, InstitutionActivityFacts> = {
  workflow: INSTITUTION_ACTIVITY_WORKFLOW,
  entity: Institution,
  entityType: ENTITY,
  facts: activityFacts,
};

function filtered(scope: Scope, given?: InstitutionFilter | null) {
  // GraphQL passes an explicit null when the client sends one
  const filter = given ?? {};
  const qb = scope.rows(Institution, 'i', filter.regionId);
  if (filter.ids) qb.andWhere('i.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.countyId) qb.andWhere('i.county_id = :countyId', { countyId: filter.countyId });
  if (filter.kind) qb.andWhere('i.kind = :kind', { kind: filter.kind });
  if (filter.careSubtype) qb.andWhere('i.care_subtype = :careSubtype', { careSubtype: filter.careSubtype });
  if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
  if (filter.state) qb.andWhere('i.state = :state', { state: filter.state });
  if (filter.q?.trim()) {
    qb.andWhere('(i.name ILIKE :q OR i.credit_code ILIKE :q OR i.legal_representative ILIKE :q OR i.address ILIKE :q)', {
      q: likePattern(filter.q.trim()),
    });
  }
  return qb;
}

/** Field errors first (all at once), then whether the caller may write into the region. */
async function validate(scope: Scope, draft: InstitutionDraft & InstitutionProfileDraft, before?: Institution): Promise<void> {
  const errors = institutionFieldErrors(draft);
  const profile = institutionProfileIssues(draft);
  for (const i of profile) errors[i.path] ??= i.message;
  const kindLocked = before ? await kindChange(scope, before, draft.kind) : [];
  for (const issue of kindLocked) errors[issue.path] ??= issue.message;
  if (!errors.regionId && !(await scope.em.existsBy(Region, { id: draft.regionId }))) {
    errors.regionId = `统筹地区不存在：${draft.regionId}`;
  }
  if (!errors.regionId && draft.countyId && !(await scope.em.existsBy(County, { id: draft.countyId, regionId: draft.regionId }))) {
    errors.countyId = `该统筹地区没有这个县区：${draft.countyId}`;
  }
  // the issues' codes and parameters let the dashboard word each field's error in the user's language
  const issues: { path: string; code: string }[] = [...institutionRecordIssues(draft), ...profile].map(({ path, code }) => ({
    path,
    code,
  }));
  if (errors.regionId && !issues.some((i) => i.path === 'regionId')) issues.push({ path: 'regionId', code: 'UNKNOWN_REGION' });
  if (errors.countyId) issues.push({ path: 'countyId', code: 'COUNTY_NOT_IN_REGION' });
  issues.push(...kindLocked.map(({ path, code }) => ({ path, code })));
  const reason = kindLocked.length ? { reason: 'KIND_LOCKED' } : {};
  if (Object.keys(errors).length) throw new BadUserInputError(errors, undefined, { issues, ...reason });
  scope.assertPlace(draft.regionId, draft.countyId);
}

/** Product rule (shared kindChangeIssues): the kind is fixed once the institution has staff, agreements or applications of it. */
async function kindChange(scope: Scope, before: Institution, to: string | undefined) {
  if (!to || to === before.kind) return [];
  const staffCount = await scope.em.countBy(Staff, { institutionId: before.id });
  const agreementCount =
    (await scope.em.countBy(ServiceAgreement, { institutionId: before.id })) +
    (await scope.em.countBy(TpaContract, { tpaInstitutionId: before.id }));
  const applicationCount =
    (await scope.em.countBy(DesignationApplication, { institutionId: before.id })) +
    (await scope.em.countBy(AssessmentApplication, { institutionId: before.id }));
  return kindChangeIssues({ from: before.kind, to, staffCount, agreementCount, applicationCount });
}
