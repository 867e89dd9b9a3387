import { INSPECTION_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  CreateInspectionArgs,
  InspectionListArgs,
  RecordFindingArgs,
  TransitionInspectionArgs,
  UpdateInspectionArgs,
} from './inspection.args.js';
import { Inspection, InspectionFinding } from './inspection.entity.js';
import type { InspectionService } from './inspection.service.js';

@Resolver(() => Inspection)
export class InspectionResolver {
  constructor(private readonly inspections: InspectionService) {}

  @NeedsRight('inspectionPlan.read')
  @Query(() => [Inspection])
  allInspections(@Args() args: InspectionListArgs, @Ctx() ctx: Context): Promise<Inspection[]> {
    return this.inspections.list(requireCaller(ctx), args);
  }

  @NeedsRight('inspectionPlan.read')
  @Query(() => ListMetadata)
  async _allInspectionsMeta(@Args() args: InspectionListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.inspections.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('inspectionPlan.read')
  @Query(() => Inspection, { nullable: true })
  Inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Inspection> {
    return this.inspections.get(requireCaller(ctx), id);
  }

  @NeedsRight('inspectionPlan.create')
  @Mutation(() => Inspection, { description: '制定检查计划（指定或随机抽取检查对象，记录随机种子）' })
  createInspection(@Args() args: CreateInspectionArgs, @Ctx() ctx: Context): Promise<Inspection> {
    return this.inspections.create(requireCaller(ctx), args);
  }

  @NeedsRight('inspectionPlan.update')
  @Mutation(() => Inspection, { description: '填写检查清单结果' })
  updateInspection(@Args() args: UpdateInspectionArgs, @Ctx() ctx: Context): Promise<Inspection> {
    return this.inspections.update(requireCaller(ctx), args);
  }

  @NeedsRight('inspectionPlan.transition')
  @Mutation(() => Inspection, { description: '监督检查办理：开始、问题记录完毕、办结、取消' })
  transitionInspection(@Args() args: TransitionInspectionArgs, @Ctx() ctx: Context): Promise<Inspection> {
    return this.inspections.transition(requireCaller(ctx), args);
  }

  @NeedsRight('finding.create')
  @Mutation(() => InspectionFinding, { description: '记录检查发现的问题（证据以附件上传）' })
  recordInspectionFinding(@Args() args: RecordFindingArgs, @Ctx() ctx: Context): Promise<InspectionFinding> {
    return this.inspections.recordFinding(requireCaller(ctx), args);
  }

  @FieldResolver(() => [Institution])
  async targets(@Root() row: Inspection, @Ctx() ctx: Context): Promise<Institution[]> {
    return (await ctx.loaders.institutionById.loadMany(row.targetIds)).filter((i): i is Institution => !!i && !(i instanceof Error));
  }

  @FieldResolver(() => [InspectionFinding])
  findings(@Root() row: Inspection, @Ctx() ctx: Context): Promise<InspectionFinding[]> {
    return ctx.loaders.inspectionFindings.load(row.id);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: Inspection, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.inspectionHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: Inspection, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.inspectionHistory.load(row.id);
    const findings = await ctx.loaders.inspectionFindings.load(row.id);
    return actionsFor(INSPECTION_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), {
      findingCount: findings.length,
      uncheckedItems: row.checklist.filter((c) => !c.result).length,
    });
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  @FieldResolver(() => Institution)
  async institution(@Root() row: InspectionFinding, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }
}
