import { ANNUAL_SCORECARD_WORKFLOW, recordableTypes, type ScorecardTemplate, scorecardTemplate } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  AnnualScorecardListArgs,
  MonthlyCountListArgs,
  OpenAnnualScorecardArgs,
  RecordMonthlyCountArgs,
  RecordScorecardEventArgs,
  ScorecardRankingArgs,
  TransitionAnnualScorecardArgs,
  WithdrawScorecardEventArgs,
} from './scorecard.args.js';
import { AnnualScorecard, MonthlyCount, ScorecardEventRow, ScorecardRankingRow } from './scorecard.entity.js';
import type { ScorecardService } from './scorecard.service.js';

@Resolver(() => AnnualScorecard)
export class AnnualScorecardResolver {
  constructor(private readonly scorecards: ScorecardService) {}

  @NeedsRight('scorecard.read')
  @Query(() => [AnnualScorecard])
  allAnnualScorecards(@Args() args: AnnualScorecardListArgs, @Ctx() ctx: Context): Promise<AnnualScorecard[]> {
    return this.scorecards.list(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.read')
  @Query(() => ListMetadata)
  async _allAnnualScorecardsMeta(@Args() args: AnnualScorecardListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.scorecards.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('scorecard.read')
  @Query(() => AnnualScorecard, { nullable: true })
  AnnualScorecard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AnnualScorecard> {
    return this.scorecards.get(requireCaller(ctx), id);
  }

  @NeedsRight('scorecard.read')
  @Query(() => [ScorecardRankingRow], { description: '一个统筹地区一个年度全部机构的考核排名' })
  annualScorecardRanking(@Args() args: ScorecardRankingArgs, @Ctx() ctx: Context): Promise<ScorecardRankingRow[]> {
    return this.scorecards.ranking(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.read')
  @Query(() => [MonthlyCount])
  allMonthlyCounts(@Args() args: MonthlyCountListArgs, @Ctx() ctx: Context): Promise<MonthlyCount[]> {
    return this.scorecards.monthly(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.read')
  @Query(() => ListMetadata)
  async _allMonthlyCountsMeta(@Args() args: MonthlyCountListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.scorecards.monthlyCount(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('scorecard.record')
  @Mutation(() => AnnualScorecard, { description: '开启机构本年度考核评分表（已有则返回）' })
  openAnnualScorecard(@Args() args: OpenAnnualScorecardArgs, @Ctx() ctx: Context): Promise<AnnualScorecard> {
    return this.scorecards.open(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.record')
  @Mutation(() => AnnualScorecard, { description: '记录一项考核事项，返回重新计分的评分表' })
  recordScorecardEvent(@Args() args: RecordScorecardEventArgs, @Ctx() ctx: Context): Promise<AnnualScorecard> {
    return this.scorecards.recordEvent(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.record')
  @Mutation(() => AnnualScorecard, { description: '撤销误记的考核事项（须说明理由）' })
  withdrawScorecardEvent(@Args() args: WithdrawScorecardEventArgs, @Ctx() ctx: Context): Promise<AnnualScorecard> {
    return this.scorecards.withdrawEvent(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.record')
  @Mutation(() => MonthlyCount, { description: '录入机构某月的提交、退单与满意度调查数据' })
  recordMonthlyCount(@Args() args: RecordMonthlyCountArgs, @Ctx() ctx: Context): Promise<MonthlyCount> {
    return this.scorecards.recordMonthlyCount(requireCaller(ctx), args);
  }

  @NeedsRight('scorecard.transition')
  @Mutation(() => AnnualScorecard, { description: '评分表流程操作：提交、复核签发、退回、重新开启' })
  transitionAnnualScorecard(@Args() args: TransitionAnnualScorecardArgs, @Ctx() ctx: Context): Promise<AnnualScorecard> {
    return this.scorecards.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() row: AnnualScorecard, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }

  @FieldResolver(() => [ScorecardEventRow])
  events(@Root() row: AnnualScorecard, @Ctx() ctx: Context): Promise<ScorecardEventRow[]> {
    return ctx.loaders.scorecardEvents.load(row.id);
  }

  @FieldResolver(() => GraphQLJSON, { description: '模板中可记录的事项类型（含是否须填县区、须说明的情形）' })
  recordableTypes(@Root() row: AnnualScorecard): unknown {
    return recordableTypes(scorecardTemplate(row.templateId) as ScorecardTemplate);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: AnnualScorecard, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.scorecardHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: AnnualScorecard, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.scorecardHistory.load(row.id);
    return actionsFor(ANNUAL_SCORECARD_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), {});
  }
}
