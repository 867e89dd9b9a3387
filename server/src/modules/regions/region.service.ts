import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { Region } from './region.entity.js';
import type { RegionFilter, RegionListArgs } from './region.resolver.js';

export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, args: RegionListArgs): Promise<Region[]> {
    return applyListArgs(this.filtered(caller, args.filter), args, { id: 'r.id', name: 'r.name' }, 'id').getMany();
  }

  count(caller: Caller, filter?: RegionFilter): Promise<number> {
    return this.filtered(caller, filter).getCount();
  }

  async get(caller: Caller, id: string): Promise<Region> {
    const region = caller.regionIds.includes(id) ? await this.dataSource.getRepository(Region).findOneBy({ id }) : null;
    if (!region) throw new NotFoundError('统筹地区', id);
    return region;
  }

  private filtered(caller: Caller, filter: RegionFilter = {}) {
    const qb = this.dataSource.getRepository(Region).createQueryBuilder('r').where('r.id = ANY(:regions)', { regions: caller.regionIds });
    if (filter.ids) qb.andWhere('r.id = ANY(:ids)', { ids: filter.ids });
    if (filter.q?.trim()) qb.andWhere('(r.id ILIKE :q OR r.name ILIKE :q)', { q: likePattern(filter.q.trim()) });
    return qb;
  }
}
