import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { related } from '../../common/loaders.js';
import { NeedsRight } from '../../common/rights.js';
import { CountyListArgs, RenameArgs } from './county.args.js';
import { County } from './county.entity.js';
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

  @NeedsRight('region.update')
  @Mutation(() => Region, { description: '修改统筹地区名称（留痕）' })
  updateRegion(@Args() args: RenameArgs, @Ctx() ctx: Context): Promise<Region> {
    return this.regions.rename(requireCaller(ctx), args);
  }

  @FieldResolver(() => [County], { description: '下辖县区（当前用户可见的）' })
  counties(@Root() region: Region, @Ctx() ctx: Context): Promise<County[]> {
    return this.regions.countiesOf(requireCaller(ctx), region.id);
  }
}

@Resolver(() => County)
export class CountyResolver {
  constructor(private readonly regions: RegionService) {}

  @NeedsRight('county.read')
  @Query(() => [County], { description: '当前用户可见的县区' })
  allCounties(@Args() args: CountyListArgs, @Ctx() ctx: Context): Promise<County[]> {
    return this.regions.listCounties(requireCaller(ctx), args);
  }

  @NeedsRight('county.read')
  @Query(() => ListMetadata)
  async _allCountiesMeta(@Args() args: CountyListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.regions.countCounties(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('county.read')
  @Query(() => County, { nullable: true })
  County(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<County> {
    return this.regions.getCounty(requireCaller(ctx), id);
  }

  @NeedsRight('county.update')
  @Mutation(() => County, { description: '修改县区名称（留痕）' })
  updateCounty(@Args() args: RenameArgs, @Ctx() ctx: Context): Promise<County> {
    return this.regions.renameCounty(requireCaller(ctx), args);
  }

  @FieldResolver(() => Region)
  region(@Root() county: County, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, county.regionId, (id) => ctx.loaders.regionById.load(id));
  }
}
