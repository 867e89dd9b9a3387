import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { REGION_SORT, type RegionFilter, type RegionListArgs } from './region.args.js';
import { Region } from './region.entity.js';

export class RegionService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: RegionListArgs): Promise<Region[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, REGION_SORT).getMany());
  }

  count(caller: Caller, filter?: RegionFilter): Promise<number> {
    return this.db.read(caller, (scope) => filtered(scope, filter).getCount());
  }

  get(caller: Caller, id: string): Promise<Region> {
    return this.db.read(caller, (scope) => scope.one(Region, id));
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
