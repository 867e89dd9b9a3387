import { Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { type Caller, type Context, requireCaller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { applyListArgs, ListArgs, ListMetadata, MAX_SEARCH_LENGTH, sortable } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { CareServiceItem } from './service-item.entity.js';

@InputType({ description: '服务项目目录筛选' })
export class CareServiceItemFilter {
  @Field(() => [String], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: '编码或名称' })
  q?: string;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => Boolean, { nullable: true, description: '默认只列在用的项目' })
  active?: boolean;
}

const SORT = sortable('CareServiceItemSortField', { id: 's.code', category: 's.category', name: 's.name' }, 'id');

@ArgsType()
export class CareServiceItemListArgs extends ListArgs {
  @Field(() => SORT.enum, { nullable: true })
  sortField?: keyof typeof SORT.enum;

  @Field(() => CareServiceItemFilter, { nullable: true })
  filter?: CareServiceItemFilter;
}

/** The catalogue a care plan names its items from; national data, read by everyone who reads care plans. */
@Resolver(() => CareServiceItem)
export class CareServiceItemResolver {
  constructor(private readonly db: Db) {}

  @NeedsRight('serviceItem.read')
  @Query(() => [CareServiceItem], { description: '长护险服务项目目录' })
  allCareServiceItems(@Args() args: CareServiceItemListArgs, @Ctx() ctx: Context): Promise<CareServiceItem[]> {
    return listCareServiceItems(this.db, requireCaller(ctx), args);
  }

  @NeedsRight('serviceItem.read')
  @Query(() => ListMetadata)
  async _allCareServiceItemsMeta(@Args() args: CareServiceItemListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.db.read(requireCaller(ctx), (scope) => filtered(scope.em, args.filter).getCount()) };
  }
}

/** A page of the catalogue as the list shows it (the list and its export). */
export function listCareServiceItems(db: Db, caller: Caller, args: CareServiceItemListArgs): Promise<CareServiceItem[]> {
  return db.read(caller, (scope) => applyListArgs(filtered(scope.em, args.filter), args, SORT).getMany());
}

function filtered(em: import('typeorm').EntityManager, filter: CareServiceItemFilter | null | undefined) {
  const f = filter ?? {};
  const qb = em.createQueryBuilder(CareServiceItem, 's').where('s.active = :active', { active: f.active ?? true });
  if (f.ids) qb.andWhere('s.code = ANY(:ids)', { ids: f.ids });
  if (f.category) qb.andWhere('s.category = :category', { category: f.category });
  const q = f.q?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (q) qb.andWhere('(s.code ILIKE :q OR s.name ILIKE :q)', { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  return qb;
}
