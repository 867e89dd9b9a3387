import { CARE_PLAN_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { CarePlanListArgs, CreateCarePlanArgs, TransitionCarePlanArgs } from './care-plan.args.js';
import { CarePlan } from './care-plan.entity.js';
import type { CarePlanService } from './care-plan.service.js';

@Resolver(() => CarePlan)
export class CarePlanResolver {
  constructor(private readonly plans: CarePlanService) {}

  @NeedsRight('carePlan.read')
  @Query(() => [CarePlan])
  allCarePlans(@Args() args: CarePlanListArgs, @Ctx() ctx: Context): Promise<CarePlan[]> {
    return this.plans.list(requireCaller(ctx), args);
  }

  @NeedsRight('carePlan.read')
  @Query(() => ListMetadata)
  async _allCarePlansMeta(@Args() args: CarePlanListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.plans.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('carePlan.read')
  @Query(() => CarePlan, { nullable: true })
  CarePlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CarePlan> {
    return this.plans.get(requireCaller(ctx), id);
  }

  @NeedsRight('carePlan.create')
  @Mutation(() => CarePlan, { description: '拟定护理服务计划' })
  createCarePlan(@Args() args: CreateCarePlanArgs, @Ctx() ctx: Context): Promise<CarePlan> {
    return this.plans.create(requireCaller(ctx), args);
  }

  @NeedsRight('carePlan.transition')
  @Mutation(() => CarePlan, { description: '护理计划流程操作：备案通过、终止' })
  transitionCarePlan(@Args() args: TransitionCarePlanArgs, @Ctx() ctx: Context): Promise<CarePlan> {
    return this.plans.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() plan: CarePlan, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(plan.institutionId)) as Institution;
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() plan: CarePlan, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.carePlanHistory.load(plan.id);
  }

  /** Every check the step makes, its database guards included (read for the page at once): a blocked action shows its code. */
  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() plan: CarePlan, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const [history, facts] = await Promise.all([ctx.loaders.carePlanHistory.load(plan.id), ctx.loaders.carePlanFacts.load(plan)]);
    return actionsFor(CARE_PLAN_WORKFLOW, requireCaller(ctx), plan, toHistorySteps(history), facts);
  }

  @FieldResolver(() => Claimant, { description: '参保人' })
  async claimant(@Root() plan: CarePlan, @Ctx() ctx: Context): Promise<Claimant | null> {
    return (await ctx.loaders.claimantById.load(plan.claimantId)) as Claimant | null;
  }
}
