import {
  type ClaimantDraft,
  type ContributionCategory,
  claimantRecordIssues,
  type HardshipGroup,
  type PolicyIssue,
  parseResidentId,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { MAX_SEARCH_LENGTH } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { recordAudit } from '../audit/audit.service.js';
import { endPlansOnDeath } from '../care-plans/care-plan.ending.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import {
  CLAIMANT_SORT,
  type ClaimantFields,
  type ClaimantFilter,
  type ClaimantListArgs,
  type CreateClaimantArgs,
  type RevealClaimantArgs,
  type UpdateClaimantArgs,
} from './claimant.args.js';
import { Claimant } from './claimant.entity.js';
import { refreshEligibility } from './claimant-eligibility.js';
import type { RevealField } from './claimant-enums.js';
import { auditable, identityColumns, idNumberHash } from './claimant-identity.js';

const ENTITY = 'Claimant';
/** Statuses recomputed per list request at most (a known date passed); the rest on the next request. */
const REFRESH_BATCH = 200;

/** The region's claimants: registered, corrected, revealed only deliberately; status derived, never entered. */
export class ClaimantService {
  private readonly reads: ScopedReads<Claimant, ClaimantFilter, SortFieldOf<typeof CLAIMANT_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, Claimant, filtered, CLAIMANT_SORT);
  }

  async list(caller: Caller, args: ClaimantListArgs): Promise<Claimant[]> {
    await this.refreshStale(caller);
    return this.reads.list(caller, await this.hashed(caller, args));
  }

  async count(caller: Caller, filter?: ClaimantFilter | null): Promise<number> {
    return this.reads.count(caller, (await this.hashed(caller, { filter })).filter);
  }

  get(caller: Caller, id: string): Promise<Claimant> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateClaimantArgs): Promise<Claimant> {
    return this.write(caller, 'createClaimant', async (scope) => {
      const draft = draftOf(args);
      await validate(scope, args.regionId, args, draft);
      const saved = await scope.em.save(
        scope.em.create(Claimant, {
          ...placeOf(args),
          regionId: args.regionId,
          ...(await recordColumns(scope, draft)),
          eligibilityStatus: 'undetermined',
          eligibilitySuspended: [],
          eligibilityIssues: [],
          eligibilityTrace: [],
          createdBy: caller.id,
        }),
      );
      await refreshEligibility(scope, this.policyData, saved, todayInChina());
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: auditable(saved),
      });
      return scope.one(Claimant, saved.id);
    });
  }

  update(caller: Caller, args: UpdateClaimantArgs): Promise<Claimant> {
    return this.write(caller, 'updateClaimant', async (scope) => {
      const before = await scope.one(Claimant, args.id, { lock: true });
      refuseStaleVersion(before, args.expectedVersion);
      const idNumber = args.idNumber ?? ((await wholeValue(scope, before.id, 'idNumber')) as string);
      const phone = args.phone === undefined ? await wholeValue(scope, before.id, 'phone') : args.phone;
      const draft = draftOf({ ...before, ...defined(args), idNumber, phone });
      const place = { ...placeOf(before), ...placeOf(defined(args)) };
      await validate(scope, before.regionId, place, draft);
      const changes = { ...place, ...(await recordColumns(scope, draft)), version: before.version + 1 };
      await scope.em.update(Claimant, { id: before.id }, changes);
      const after = await refreshEligibility(scope, this.policyData, { ...before, ...changes } as Claimant, todayInChina());
      // Qinhuangdao art. 34(5): a death recorded ends the accepted care plan
      if (!before.deathDate && after.deathDate) await endPlansOnDeath(scope, before.id, after.deathDate);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before: auditable(before),
        after: auditable(after),
      });
      return scope.one(Claimant, before.id);
    });
  }

  /** The whole identity number or phone, once, for a stated reason; the audit row keeps the reason, never the value. */
  reveal(caller: Caller, args: RevealClaimantArgs): Promise<{ field: string; value: string | null }> {
    return this.db.write(caller, 'revealClaimant', async (scope) => {
      const reason = args.reason.trim();
      if ([...reason].length < 2 || [...reason].length > 200)
        throw new BadUserInputError({ reason: '请说明查看理由（2–200 个字）' }, undefined, {
          issues: [{ path: 'reason', code: 'REASON_REQUIRED' }],
        });
      const claimant = await scope.one(Claimant, args.id);
      const field = args.field as RevealField;
      const value = await wholeValue(scope, claimant.id, field);
      await recordAudit(scope.em, caller, {
        operation: 'reveal',
        entityType: ENTITY,
        entityId: claimant.id,
        regionId: claimant.regionId,
        after: { field, reason },
      });
      return { field, value };
    });
  }

  /** Statuses whose next known change has come (a waiting period ended, a resumption began) are recomputed. */
  private async refreshStale(caller: Caller): Promise<void> {
    const today = todayInChina();
    const stale = await this.db.read(caller, (scope) =>
      scope.rows(Claimant, 'c').andWhere('c.eligibility_valid_until <= :today', { today }).select('c.id').limit(REFRESH_BATCH).getMany(),
    );
    if (!stale.length) return;
    await this.db.write(caller, 'refreshEligibility', async (scope) => {
      for (const { id } of stale) await refreshEligibility(scope, this.policyData, await scope.one(Claimant, id, { lock: true }), today);
    });
  }

  /** A search by the whole number goes through its hash; an invalid number finds nothing. */
  private async hashed<A extends { filter?: ClaimantFilter | null }>(caller: Caller, args: A): Promise<A> {
    const number = args.filter?.idNumber?.trim();
    if (!number) return args;
    if ([...number].length > MAX_SEARCH_LENGTH) throw new BadUserInputError({ 'filter.idNumber': '身份证号码应为18位' });
    const hash = await this.db.read(caller, (scope) => idNumberHash(scope.em, number));
    return { ...args, filter: { ...args.filter, idNumber: hash } };
  }

  private async write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(caller, name, work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError(
          '本统筹地区已登记该身份证号码的参保人',
          { idNumber: '该身份证号码已登记' },
          { reason: 'DUPLICATE_ID_NUMBER' },
        );
      throw error;
    }
  }
}

/** The record's whole identity number or phone, read only here. */
export async function wholeValue(scope: Scope, id: string, field: RevealField): Promise<string | null> {
  const column = field === 'idNumber' ? 'id_number' : 'phone';
  const [row] = await scope.em.query(`SELECT ${column} AS value FROM claimants WHERE id = $1`, [id]);
  return row?.value ?? null;
}

function defined<T extends object>(args: T): Partial<T> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Place = Pick<Claimant, 'countyId' | 'residenceRegionId' | 'residenceCountyId'>;
function placeOf(a: Partial<Record<keyof Place, string | null | undefined>>): Partial<Place> {
  return defined({
    countyId: a.countyId,
    residenceRegionId: a.residenceRegionId,
    residenceCountyId: a.residenceCountyId,
  }) as Partial<Place>;
}

function draftOf(a: Partial<ClaimantFields> & { idNumber?: string | null; phone?: string | null }): ClaimantDraft {
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    name: (a.name ?? '').trim(),
    idNumber: a.idNumber ?? '',
    phone: text(a.phone),
    address: text(a.address),
    category: a.category as ContributionCategory,
    parentsCategory: (a.parentsCategory ?? null) as ContributionCategory | null,
    hardshipGroup: (a.hardshipGroup ?? null) as HardshipGroup | null,
    guardianName: text(a.guardianName),
    guardianRelation: text(a.guardianRelation),
    insuredSince: a.insuredSince ?? null,
    deathDate: a.deathDate ?? null,
  };
}

async function recordColumns(scope: Scope, d: ClaimantDraft) {
  const id = parseResidentId(d.idNumber);
  if (!id.ok) throw new Error('validated before');
  const { idNumber: _i, phone: _p, ...rest } = d;
  return { ...rest, ...(await identityColumns(scope.em, d.idNumber, d.phone)), birthDate: id.value.birthDate, sex: id.value.sex };
}

/** Every field's problem at once (the shared rule the form also runs), then the places, then the caller's right to the place. */
async function validate(scope: Scope, regionId: string, place: Partial<Place>, draft: ClaimantDraft): Promise<void> {
  const issues: PolicyIssue[] = claimantRecordIssues(draft, todayInChina());
  if (!(await scope.em.existsBy(Region, { id: regionId })))
    issues.push({ path: 'regionId', code: 'UNKNOWN_REGION', message: `统筹地区不存在：${regionId}` });
  const inRegion = async (path: string, county: string | null | undefined, region: string | null | undefined) => {
    if (county && !(region && (await scope.em.existsBy(County, { id: county, regionId: region }))))
      issues.push({ path, code: 'COUNTY_NOT_IN_REGION', message: `该统筹地区没有这个县区：${county}` });
  };
  await inRegion('countyId', place.countyId, regionId);
  if (place.residenceRegionId && !(await scope.em.existsBy(Region, { id: place.residenceRegionId })))
    issues.push({ path: 'residenceRegionId', code: 'UNKNOWN_REGION', message: `统筹地区不存在：${place.residenceRegionId}` });
  await inRegion('residenceCountyId', place.residenceCountyId, place.residenceRegionId ?? regionId);
  if (issues.length) throw issuesError(issues);
  scope.assertPlace(regionId, place.countyId);
}

/** BAD_USER_INPUT with one message per field and the issues' codes, which the dashboard words in the user's language. */
export function issuesError(issues: readonly PolicyIssue[]): BadUserInputError {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  return new BadUserInputError(fields, undefined, { issues: issues.map(({ code, path }) => ({ code, path })) });
}

function filtered(scope: Scope, given?: ClaimantFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Claimant, 'c', filter.regionId);
  if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.countyId) qb.andWhere('c.county_id = :countyId', { countyId: filter.countyId });
  if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
  if (filter.eligibilityStatus) qb.andWhere('c.eligibility_status = :status', { status: filter.eligibilityStatus });
  // the service replaced the number by its hash
  if (filter.idNumber) qb.andWhere('c.id_number_hash = :hash', { hash: filter.idNumber });
  const q = filter.q?.trim();
  if (q && [...q].length > MAX_SEARCH_LENGTH) throw new BadUserInputError({ 'filter.q': `搜索内容最多 ${MAX_SEARCH_LENGTH} 个字` });
  // a prefix (a surname, a whole name): the (region_id, name text_pattern_ops) index answers it
  if (q) qb.andWhere("c.name LIKE :q ESCAPE '\\'", { q: `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  return qb;
}
