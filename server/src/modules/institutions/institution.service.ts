import { type InstitutionProfileDraft, institutionProfileIssues, institutionRecordIssues } from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { ServiceAgreement } from '../agreements/agreement.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import {
  type CreateInstitutionArgs,
  INSTITUTION_SORT,
  type InstitutionFilter,
  type InstitutionListArgs,
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
      const saved = await scope.em.save(scope.em.create(Institution, draft));
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
      await validate(scope, { ...before, ...defined, ...draft });
      const saved = await scope.em.save(Institution, { ...before, ...defined, ...draft });
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

  delete(caller: Caller, id: string): Promise<Institution> {
    return this.write(caller, 'deleteInstitution', async (scope) => {
      const before = await scope.one(Institution, id, { lock: true });
      // its staff go with it (ON DELETE CASCADE): keep them in the audit's `before`
      const staff = await scope.em.find(Staff, { where: { institutionId: id }, order: { name: 'ASC', id: 'ASC' } });
      // Xinjiang art. 16 ¶2: a removed assessor stays on record, and so does the institution it belonged to
      if (staff.some((s) => s.removedFor))
        throw new ConflictError('该机构有已移出评估人员库的人员，记录须永久保留，不能删除', undefined, { reason: 'ASSESSOR_REMOVED' });
      await scope.em.delete(Institution, { id });
      await recordAudit(scope.em, caller, {
        operation: 'delete',
        entityType: ENTITY,
        entityId: id,
        regionId: before.regionId,
        before: { ...before, staff },
      });
      return before;
    });
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

function filtered(scope: Scope, given?: InstitutionFilter | null) {
  // GraphQL passes an explicit null when the client sends one
  const filter = given ?? {};
  const qb = scope.rows(Institution, 'i', filter.regionId);
  if (filter.ids) qb.andWhere('i.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.countyId) qb.andWhere('i.county_id = :countyId', { countyId: filter.countyId });
  if (filter.kind) qb.andWhere('i.kind = :kind', { kind: filter.kind });
  if (filter.careSubtype) qb.andWhere('i.care_subtype = :careSubtype', { careSubtype: filter.careSubtype });
  if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
  if (filter.q?.trim()) {
    qb.andWhere('(i.name ILIKE :q OR i.credit_code ILIKE :q OR i.legal_representative ILIKE :q OR i.address ILIKE :q)', {
      q: likePattern(filter.q.trim()),
    });
  }
  return qb;
}

/** Field errors first (all at once), then whether the caller may write into the region. */
async function validate(scope: Scope, draft: InstitutionDraft & InstitutionProfileDraft): Promise<void> {
  const errors = institutionFieldErrors(draft);
  const profile = institutionProfileIssues(draft);
  for (const i of profile) errors[i.path] ??= i.message;
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
  if (Object.keys(errors).length) throw new BadUserInputError(errors, undefined, { issues });
  scope.assertPlace(draft.regionId, draft.countyId);
}
