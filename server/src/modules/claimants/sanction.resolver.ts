import { SANCTION_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Claimant } from './claimant.entity.js';
import { CreateSanctionArgs, SanctionListArgs, TransitionSanctionArgs } from './sanction.args.js';
import { ClaimantSanction } from './sanction.entity.js';
import { type SanctionService, sanctionFacts } from './sanction.service.js';

@Resolver(() => ClaimantSanction)
export class ClaimantSanctionResolver {
  constructor(private readonly sanctions: SanctionService) {}

  @NeedsRight('sanction.read')
  @Query(() => [ClaimantSanction])
  allClaimantSanctions(@Args() args: SanctionListArgs, @Ctx() ctx: Context): Promise<ClaimantSanction[]> {
    return this.sanctions.list(requireCaller(ctx), args);
  }

  @NeedsRight('sanction.read')
  @Query(() => ListMetadata)
  async _allClaimantSanctionsMeta(@Args() args: SanctionListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.sanctions.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('sanction.read')
  @Query(() => ClaimantSanction, { nullable: true })
  ClaimantSanction(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClaimantSanction> {
    return this.sanctions.get(requireCaller(ctx), id);
  }

  @NeedsRight('sanction.create')
  @Mutation(() => ClaimantSanction, { description: '提出暂停或取消参保人待遇享受资格（须另一名经办人员审批）' })
  createClaimantSanction(@Args() args: CreateSanctionArgs, @Ctx() ctx: Context): Promise<ClaimantSanction> {
    return this.sanctions.create(requireCaller(ctx), args);
  }

  @NeedsRight('sanction.transition')
  @Mutation(() => ClaimantSanction, { description: '待遇资格处理：审批执行、撤回、期满重新申请后恢复' })
  transitionClaimantSanction(@Args() args: TransitionSanctionArgs, @Ctx() ctx: Context): Promise<ClaimantSanction> {
    return this.sanctions.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() s: ClaimantSanction, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.sanctionHistory.load(s.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() s: ClaimantSanction, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.sanctionHistory.load(s.id);
    return actionsFor(SANCTION_WORKFLOW, requireCaller(ctx), s, toHistorySteps(history), sanctionFacts(s));
  }

  @FieldResolver(() => Claimant, { nullable: true })
  async claimant(@Root() s: ClaimantSanction, @Ctx() ctx: Context): Promise<Claimant | null> {
    return (await ctx.loaders.claimantById.load(s.claimantId)) ?? null;
  }
}
