import { type ApplicationFacts, ASSESSMENT_APPLICATION_WORKFLOW } from '@ltci/shared';
import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { AssessmentApplicationListArgs, CreateAssessmentApplicationArgs, TransitionAssessmentApplicationArgs } from './application.args.js';
import { AssessmentApplication } from './application.entity.js';
import type { AssessmentApplicationService } from './application.service.js';

@Resolver(() => AssessmentApplication)
export class AssessmentApplicationResolver {
  constructor(
    private readonly applications: AssessmentApplicationService,
    private readonly db: Db,
  ) {}

  /** Per request: the guards' facts of every application on the page in one read (not one per row). */
  private readonly factsLoaders = new WeakMap<Context, DataLoader<AssessmentApplication, ApplicationFacts>>();

  private factsLoader(ctx: Context): DataLoader<AssessmentApplication, ApplicationFacts> {
    let loader = this.factsLoaders.get(ctx);
    if (!loader) {
      const caller = requireCaller(ctx);
      loader = new DataLoader((rows) => this.db.read(caller, (scope) => this.applications.factsOfPage(scope, rows)), { cache: false });
      this.factsLoaders.set(ctx, loader);
    }
    return loader;
  }

  @NeedsRight('assessment.read')
  @Query(() => [AssessmentApplication])
  allAssessmentApplications(@Args() args: AssessmentApplicationListArgs, @Ctx() ctx: Context): Promise<AssessmentApplication[]> {
    return this.applications.list(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.read')
  @Query(() => ListMetadata)
  async _allAssessmentApplicationsMeta(@Args() args: AssessmentApplicationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.applications.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('assessment.read')
  @Query(() => AssessmentApplication, { nullable: true })
  AssessmentApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.applications.get(requireCaller(ctx), id);
  }

  @NeedsRight('assessment.create')
  @Mutation(() => AssessmentApplication, { description: '登记失能等级评估申请' })
  createAssessmentApplication(@Args() args: CreateAssessmentApplicationArgs, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.applications.create(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.transition')
  @Mutation(() => AssessmentApplication, { description: '评估申请流程操作：补正、受理、不予受理、报送……' })
  transitionAssessmentApplication(@Args() args: TransitionAssessmentApplicationArgs, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.applications.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() a: AssessmentApplication, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.applicationHistory.load(a.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() a: AssessmentApplication, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const caller = requireCaller(ctx);
    const [history, facts] = await Promise.all([ctx.loaders.applicationHistory.load(a.id), this.factsLoader(ctx).load(a)]);
    return actionsFor(ASSESSMENT_APPLICATION_WORKFLOW, caller, a, toHistorySteps(history), facts);
  }
}
