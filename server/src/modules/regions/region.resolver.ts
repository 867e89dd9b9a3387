import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { RegionListArgs } from './region.args.js';
import { Region } from './region.entity.js';
import type { RegionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @NeedsRight('region.read')
  @Query(() => [Region], { description: '当前用户可见的统筹地区' })
  allRegions(@Args() args: RegionListArgs, @Ctx() ctx: Context): Promise<Region[]> {
    return this.regions.list(requireCaller(ctx), args);
  }

  @NeedsRight('region.read')
  @Query(() => ListMetadata)
  async _allRegionsMeta(@Args() args: RegionListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.regions.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('region.read')
  @Query(() => Region, { nullable: true })
  Region(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Region> {
    return this.regions.get(requireCaller(ctx), id);
  }
}
