import { POLICY_CHANGE_WORKFLOW } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { CreatePolicyChangeArgs, PolicyChangeListArgs, TransitionPolicyChangeArgs } from './policy-change.args.js';
import { PolicyChange } from './policy-change.entity.js';
import { policyChangeDescriptions } from './policy-change.loaders.js';
import { type PolicyChangeService, policyChangeFacts } from './policy-change.service.js';

@Resolver(() => PolicyChange)
export class PolicyChangeResolver {
  constructor(private readonly changes: PolicyChangeService) {}

  @NeedsRight('policyChange.read')
  @Query(() => [PolicyChange])
  allPolicyChanges(@Args() args: PolicyChangeListArgs, @Ctx() ctx: Context): Promise<PolicyChange[]> {
    return this.changes.list(requireCaller(ctx), args);
  }

  @NeedsRight('policyChange.read')
  @Query(() => ListMetadata)
  async _allPolicyChangesMeta(@Args() args: PolicyChangeListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.changes.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('policyChange.read')
  @Query(() => PolicyChange, { nullable: true })
  PolicyChange(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PolicyChange> {
    return this.changes.get(requireCaller(ctx), id);
  }

  @NeedsRight('policyChange.create')
  @Mutation(() => PolicyChange, { description: '提出政策参数变更（草稿），由 @ltci/shared 校验' })
  createPolicyChange(@Args() args: CreatePolicyChangeArgs, @Ctx() ctx: Context): Promise<PolicyChange> {
    return this.changes.create(requireCaller(ctx), args);
  }

  @NeedsRight('policyChange.transition')
  @Mutation(() => PolicyChange, { description: '政策参数变更流程操作：提交、批准（须另一名管理员）、驳回' })
  transitionPolicyChange(@Args() args: TransitionPolicyChangeArgs, @Ctx() ctx: Context): Promise<PolicyChange> {
    return this.changes.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() change: PolicyChange, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.policyChangeHistory.load(change.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() change: PolicyChange, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const [history, settled] = await Promise.all([
      ctx.loaders.policyChangeHistory.load(change.id),
      ctx.loaders.policyChangeSettledMonth.load(change.regionId),
    ]);
    return actionsFor(POLICY_CHANGE_WORKFLOW, requireCaller(ctx), change, toHistorySteps(history), policyChangeFacts(change, settled));
  }

  @FieldResolver(() => GraphQLJSON)
  async diff(@Root() change: PolicyChange, @Ctx() ctx: Context): Promise<unknown> {
    return (await this.describe(change, ctx)).diff;
  }

  @FieldResolver(() => GraphQLJSON)
  async figures(@Root() change: PolicyChange, @Ctx() ctx: Context): Promise<unknown> {
    return (await this.describe(change, ctx)).figures;
  }

  private describe(change: PolicyChange, ctx: Context) {
    return policyChangeDescriptions(ctx.loaders, requireCaller(ctx), this.changes).load(change);
  }
}
