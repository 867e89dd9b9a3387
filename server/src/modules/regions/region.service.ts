import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { applyListArgs, countRows, likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { COUNTY_SORT, type CountyFilter, type CountyListArgs, type RenameArgs } from './county.args.js';
import { County } from './county.entity.js';
import { REGION_SORT, type RegionFilter, type RegionListArgs } from './region.args.js';
import { Region } from './region.entity.js';

export const MAX_PLACE_NAME_LENGTH = 50;

/** Regions and their counties as the caller reaches them; their names are edited by administrators, audited. */
export class RegionService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: RegionListArgs): Promise<Region[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, REGION_SORT).getMany());
  }

  count(caller: Caller, filter?: RegionFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(filtered(scope, filter)));
  }

  get(caller: Caller, id: string): Promise<Region> {
    return this.db.read(caller, (scope) => scope.one(Region, id));
  }

  listCounties(caller: Caller, args: CountyListArgs): Promise<County[]> {
    return this.db.read(caller, (scope) => applyListArgs(countiesFiltered(scope, args.filter), args, COUNTY_SORT).getMany());
  }

  countCounties(caller: Caller, filter?: CountyFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(countiesFiltered(scope, filter)));
  }

  getCounty(caller: Caller, id: string): Promise<County> {
    return this.db.read(caller, (scope) => scope.one(County, id));
  }

  /** The counties of one region the caller reaches, by name. */
  countiesOf(caller: Caller, regionId: string): Promise<County[]> {
    return this.db.read(caller, (scope) => scope.rows(County, 'c', regionId).orderBy('c.id').getMany());
  }

  rename(caller: Caller, args: RenameArgs): Promise<Region> {
    return this.renameRow(caller, Region, 'Region', 'updateRegion', args);
  }

  renameCounty(caller: Caller, args: RenameArgs): Promise<County> {
    return this.renameRow(caller, County, 'County', 'updateCounty', args);
  }

  private async renameRow<E extends Region | County>(
    caller: Caller,
    entity: typeof Region | typeof County,
    entityType: 'Region' | 'County',
    work: string,
    args: RenameArgs,
  ): Promise<E> {
    const name = args.name.trim();
    if (!name) throw new BadUserInputError({ name: '请输入名称' });
    if ([...name].length > MAX_PLACE_NAME_LENGTH) throw new BadUserInputError({ name: `名称最多 ${MAX_PLACE_NAME_LENGTH} 个字` });
    try {
      return await this.db.write(caller, work, async (scope) => {
        const before = (await scope.one(entity as typeof Region, args.id, { lock: true })) as E;
        const regionId = 'regionId' in before ? before.regionId : before.id;
        const after = { ...before, name };
        await scope.em.update(entity, { id: before.id }, { name });
        await recordAudit(scope.em, caller, { operation: 'update', entityType, entityId: before.id, regionId, before, after });
        return after;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('本统筹地区已有同名县区', { name: '名称已被使用' }, { reason: 'DUPLICATE_NAME' });
      throw error;
    }
  }
}

function filtered(scope: Scope, given?: RegionFilter | null) {
  // GraphQL passes an explicit null when the client sends one
  const filter = given ?? {};
  const qb = scope.rows(Region, 'r');
  if (filter.ids) qb.andWhere('r.id = ANY(:ids)', { ids: filter.ids });
  if (filter.q?.trim()) qb.andWhere('(r.id ILIKE :q OR r.name ILIKE :q)', { q: likePattern(filter.q.trim()) });
  return qb;
}

function countiesFiltered(scope: Scope, given?: CountyFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(County, 'c', filter.regionId);
  if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids });
  if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
  if (filter.q?.trim()) qb.andWhere('(c.id ILIKE :q OR c.name ILIKE :q)', { q: likePattern(filter.q.trim()) });
  return qb;
}
