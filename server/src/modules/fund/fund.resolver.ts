import { FUND_REVERSAL_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import {
  AcknowledgeFundWarningArgs,
  FundAccountListArgs,
  FundMonthlyArgs,
  FundPostingListArgs,
  FundReversalListArgs,
  FundWarningListArgs,
  PostFundArgs,
  ProposeFundReversalArgs,
  TransitionFundReversalArgs,
} from './fund.args.js';
import type { FundService } from './fund.service.js';
import { FundAccount } from './fund-account.entity.js';
import { FundMonthly } from './fund-monthly.entity.js';
import { FundPosting, FundPostingLine } from './fund-posting.entity.js';
import { FundReversal } from './fund-reversal.entity.js';
import { FundWarning } from './fund-warning.entity.js';

@Resolver(() => FundAccount)
export class FundAccountResolver {
  constructor(private readonly fund: FundService) {}

  @NeedsRight('fund.read')
  @Query(() => [FundAccount], { description: '基金账户及余额' })
  allFundAccounts(@Args() args: FundAccountListArgs, @Ctx() ctx: Context): Promise<FundAccount[]> {
    return this.fund.accounts(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => ListMetadata)
  async _allFundAccountsMeta(@Args() args: FundAccountListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.fund.countAccounts(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fund.read')
  @Query(() => FundAccount, { nullable: true })
  FundAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundAccount> {
    return this.fund.account(requireCaller(ctx), id);
  }

  @NeedsRight('fund.read')
  @Query(() => [FundMonthly], { description: '基金月度汇总（按账户、类别）' })
  fundMonthly(@Args() args: FundMonthlyArgs, @Ctx() ctx: Context): Promise<FundMonthly[]> {
    return this.fund.monthly(requireCaller(ctx), args);
  }
}

@Resolver(() => FundPosting)
export class FundPostingResolver {
  constructor(private readonly fund: FundService) {}

  @NeedsRight('fund.read')
  @Query(() => [FundPosting])
  allFundPostings(@Args() args: FundPostingListArgs, @Ctx() ctx: Context): Promise<FundPosting[]> {
    return this.fund.postings(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => ListMetadata)
  async _allFundPostingsMeta(@Args() args: FundPostingListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.fund.countPostings(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fund.read')
  @Query(() => FundPosting, { nullable: true })
  FundPosting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundPosting> {
    return this.fund.posting(requireCaller(ctx), id);
  }

  @NeedsRight('fund.post')
  @Mutation(() => FundPosting, { description: '基金记账（借贷平衡，只增不改）' })
  postFund(@Args() args: PostFundArgs, @Ctx() ctx: Context): Promise<FundPosting> {
    return this.fund.post(requireCaller(ctx), args);
  }

  @FieldResolver(() => [FundPostingLine])
  lines(@Root() posting: FundPosting, @Ctx() ctx: Context): Promise<FundPostingLine[]> {
    return ctx.loaders.postingLines.load(posting.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  reversedBy(@Root() posting: FundPosting, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.reversedBy.load(posting.id);
  }
}

@Resolver(() => FundReversal)
export class FundReversalResolver {
  constructor(private readonly fund: FundService) {}

  @NeedsRight('fund.read')
  @Query(() => [FundReversal])
  allFundReversals(@Args() args: FundReversalListArgs, @Ctx() ctx: Context): Promise<FundReversal[]> {
    return this.fund.reversals(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => ListMetadata)
  async _allFundReversalsMeta(@Args() args: FundReversalListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.fund.countReversals(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fund.read')
  @Query(() => FundReversal, { nullable: true })
  FundReversal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundReversal> {
    return this.fund.reversal(requireCaller(ctx), id);
  }

  @NeedsRight('fund.reverse')
  @Mutation(() => FundReversal, { description: '提请冲正一笔记账（须填写理由，由另一人批准）' })
  proposeFundReversal(@Args() args: ProposeFundReversalArgs, @Ctx() ctx: Context): Promise<FundReversal> {
    return this.fund.proposeReversal(requireCaller(ctx), args);
  }

  @NeedsRight('fund.transition')
  @Mutation(() => FundReversal, { description: '批准或驳回冲正申请（不能审批本人的申请）' })
  transitionFundReversal(@Args() args: TransitionFundReversalArgs, @Ctx() ctx: Context): Promise<FundReversal> {
    return this.fund.transitionReversal(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() reversal: FundReversal, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.reversalHistory.load(reversal.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() reversal: FundReversal, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.reversalHistory.load(reversal.id);
    return actionsFor(FUND_REVERSAL_WORKFLOW, requireCaller(ctx), reversal, toHistorySteps(history), {});
  }
}

@Resolver(() => FundWarning)
export class FundWarningResolver {
  constructor(private readonly fund: FundService) {}

  @NeedsRight('fund.read')
  @Query(() => [FundWarning])
  allFundWarnings(@Args() args: FundWarningListArgs, @Ctx() ctx: Context): Promise<FundWarning[]> {
    return this.fund.warnings(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => ListMetadata)
  async _allFundWarningsMeta(@Args() args: FundWarningListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.fund.countWarnings(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fund.read')
  @Query(() => FundWarning, { nullable: true })
  FundWarning(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundWarning> {
    return this.fund.warning(requireCaller(ctx), id);
  }

  @NeedsRight('fund.acknowledge')
  @Mutation(() => FundWarning, { description: '确认基金预警并填写说明' })
  acknowledgeFundWarning(@Args() args: AcknowledgeFundWarningArgs, @Ctx() ctx: Context): Promise<FundWarning> {
    return this.fund.acknowledgeWarning(requireCaller(ctx), args);
  }
}
