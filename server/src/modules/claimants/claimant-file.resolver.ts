import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { Calculation } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';
import { ClaimantMonthQuoteArgs, ClaimantTimelineArgs, ClaimantTimelineEntry } from './claimant-file.args.js';
import type { ClaimantFileService } from './claimant-file.service.js';

/** One file per person (Qinhuangdao art. 64): the claimant's timeline and a month's benefit quote with its trace. */
@Resolver(() => ClaimantTimelineEntry)
export class ClaimantFileResolver {
  constructor(private readonly file: ClaimantFileService) {}

  @NeedsRight('claimant.read')
  @Query(() => Calculation, { description: '参保人某月待遇测算（按其失能等级、护理计划、住院、处理及当月政策），附计算依据' })
  claimantMonthQuote(@Args() args: ClaimantMonthQuoteArgs, @Ctx() ctx: Context): Promise<Calculation> {
    return this.file.monthQuote(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.read')
  @Query(() => [ClaimantTimelineEntry], { description: '一人一档：参保人的全部记录，按日期倒序分页' })
  async claimantTimeline(@Args() args: ClaimantTimelineArgs, @Ctx() ctx: Context): Promise<ClaimantTimelineEntry[]> {
    const rows = await this.file.timeline(requireCaller(ctx), args);
    return rows.map((r) => ({
      kind: r.kind,
      recordId: r.record_id,
      resource: r.resource,
      on: r.on_date,
      state: r.state,
      title: r.title,
      institutionId: r.institution_id,
    }));
  }

  @NeedsRight('claimant.read')
  @Query(() => ListMetadata)
  async _claimantTimelineMeta(@Args() args: ClaimantTimelineArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.file.timelineCount(requireCaller(ctx), args.claimantId) };
  }

  @FieldResolver(() => Institution, { nullable: true })
  async institution(@Root() e: ClaimantTimelineEntry, @Ctx() ctx: Context): Promise<Institution | null> {
    return e.institutionId ? ((await ctx.loaders.institutionById.load(e.institutionId)) ?? null) : null;
  }
}
