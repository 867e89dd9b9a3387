import { FUND_GRANT_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { CreateFundGrantArgs, FundGrantListArgs, TransitionFundGrantArgs } from './fund-grant.args.js';
import { FundGrant } from './fund-grant.entity.js';
import type { FundGrantService } from './fund-grant.service.js';

@Resolver(() => FundGrant)
export class FundGrantResolver {
  constructor(private readonly grants: FundGrantService) {}

  @NeedsRight('fundGrant.read')
  @Query(() => [FundGrant], { description: '财政补助与社会捐助' })
  allFundGrants(@Args() args: FundGrantListArgs, @Ctx() ctx: Context): Promise<FundGrant[]> {
    return this.grants.list(requireCaller(ctx), args);
  }

  @NeedsRight('fundGrant.read')
  @Query(() => ListMetadata)
  async _allFundGrantsMeta(@Args() args: FundGrantListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.grants.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fundGrant.read')
  @Query(() => FundGrant, { nullable: true })
  FundGrant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundGrant> {
    return this.grants.get(requireCaller(ctx), id);
  }

  @NeedsRight('fundGrant.create')
  @Mutation(() => FundGrant, { description: '录入财政补助或社会捐助（须附批准文件，另一人复核后入账）' })
  createFundGrant(@Args() args: CreateFundGrantArgs, @Ctx() ctx: Context): Promise<FundGrant> {
    return this.grants.create(requireCaller(ctx), args);
  }

  @NeedsRight('fundGrant.transition')
  @Mutation(() => FundGrant, { description: '复核财政补助或社会捐助：另一名基金管理人员批准（记账）或驳回' })
  transitionFundGrant(@Args() args: TransitionFundGrantArgs, @Ctx() ctx: Context): Promise<FundGrant> {
    return this.grants.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Int)
  documents(@Root() g: FundGrant, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.grantDocuments.load(g.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  reversedBy(@Root() g: FundGrant, @Ctx() ctx: Context): Promise<string | null> {
    return g.postingId ? ctx.loaders.reversedBy.load(g.postingId) : Promise.resolve(null);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() g: FundGrant, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.grantHistory.load(g.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() g: FundGrant, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const steps = toHistorySteps(await ctx.loaders.grantHistory.load(g.id));
    const documents = g.state === 'proposed' ? await ctx.loaders.grantDocuments.load(g.id) : 1;
    return actionsFor(FUND_GRANT_WORKFLOW, requireCaller(ctx), g, steps, { documents });
  }
}
