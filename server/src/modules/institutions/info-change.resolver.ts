import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { ApplyInfoChangeArgs, ConcludeInfoChangeArgs, InfoChangeListArgs, RecordInfoChangeArgs } from './info-change.args.js';
import { InfoChange } from './info-change.entity.js';
import type { InfoChangeService } from './info-change.service.js';
import { Institution } from './institution.entity.js';

@Resolver(() => InfoChange)
export class InfoChangeResolver {
  constructor(private readonly changes: InfoChangeService) {}

  @NeedsRight('infoChange.read')
  @Query(() => [InfoChange])
  allInfoChanges(@Args() args: InfoChangeListArgs, @Ctx() ctx: Context): Promise<InfoChange[]> {
    return this.changes.list(requireCaller(ctx), args);
  }

  @NeedsRight('infoChange.read')
  @Query(() => ListMetadata)
  async _allInfoChangesMeta(@Args() args: InfoChangeListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.changes.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('infoChange.read')
  @Query(() => InfoChange, { nullable: true })
  InfoChange(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InfoChange> {
    return this.changes.get(requireCaller(ctx), id);
  }

  @NeedsRight('infoChange.create')
  @Mutation(() => InfoChange, { description: '登记机构重大信息变更（批准日起 30 个工作日内申请，新疆办法第二十一条）' })
  recordInstitutionInfoChange(@Args() args: RecordInfoChangeArgs, @Ctx() ctx: Context): Promise<InfoChange> {
    return this.changes.record(requireCaller(ctx), args);
  }

  @NeedsRight('infoChange.conclude')
  @Mutation(() => InfoChange, { description: '登记机构提出变更申请（调查、处理期间不得申请；逾期的记为逾期）' })
  applyInstitutionInfoChange(@Args() args: ApplyInfoChangeArgs, @Ctx() ctx: Context): Promise<InfoChange> {
    return this.changes.apply(requireCaller(ctx), args);
  }

  @NeedsRight('infoChange.conclude')
  @Mutation(() => InfoChange, { description: '办结信息变更；不再符合定点条件的，提请解除服务协议（由另一人批准）' })
  concludeInstitutionInfoChange(@Args() args: ConcludeInfoChangeArgs, @Ctx() ctx: Context): Promise<InfoChange> {
    return this.changes.conclude(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() row: InfoChange, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }
}
