import { DESIGNATION_WORKFLOW, maskPhone } from '@ltci/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { todayInChina } from '../../common/today.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  CloseInstitutionFindingArgs,
  CreateDesignationApplicationArgs,
  DesignationApplicationListArgs,
  RecordInstitutionFindingArgs,
  TransitionDesignationApplicationArgs,
  UpdateDesignationApplicationArgs,
} from './designation.args.js';
import { DesignationApplication, DesignationRankingRow, ReviewClockView } from './designation.entity.js';
import { clockOf, type DesignationService } from './designation.service.js';
import { InstitutionFinding } from './finding.entity.js';
import type { FindingService } from './finding.service.js';

@Resolver(() => DesignationApplication)
export class DesignationResolver {
  constructor(
    private readonly designations: DesignationService,
    private readonly findings: FindingService,
  ) {}

  @NeedsRight('designation.read')
  @Query(() => [DesignationApplication])
  allDesignationApplications(@Args() args: DesignationApplicationListArgs, @Ctx() ctx: Context): Promise<DesignationApplication[]> {
    return this.designations.list(requireCaller(ctx), args);
  }

  @NeedsRight('designation.read')
  @Query(() => ListMetadata)
  async _allDesignationApplicationsMeta(@Args() args: DesignationApplicationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.designations.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('designation.read')
  @Query(() => DesignationApplication, { nullable: true })
  DesignationApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DesignationApplication> {
    return this.designations.get(requireCaller(ctx), id);
  }

  @NeedsRight('designation.read')
  @Query(() => GraphQLJSONObject, {
    description: '预填综合审核表所读的机构记录与资格审查（第六至十二条），仪表盘据此实时计分；只在详情页读取',
  })
  async designationReviewRecords(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    const caller = requireCaller(ctx);
    return this.designations.reviewRecords(caller, await this.designations.get(caller, id));
  }

  @NeedsRight('designation.read')
  @Query(() => [DesignationRankingRow], { description: '一轮申请按综合审核得分排序（新疆附件2）' })
  designationRanking(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('round') round: string,
    @Ctx() ctx: Context,
  ): Promise<DesignationRankingRow[]> {
    return this.designations.ranking(requireCaller(ctx), regionId, round);
  }

  @NeedsRight('designation.create')
  @Mutation(() => DesignationApplication, { description: '登记定点评估机构申请（附件1）' })
  createDesignationApplication(@Args() args: CreateDesignationApplicationArgs, @Ctx() ctx: Context): Promise<DesignationApplication> {
    return this.designations.create(requireCaller(ctx), args);
  }

  @NeedsRight('designation.update')
  @Mutation(() => DesignationApplication, { description: '修改申请材料，或填写综合审核表、审核小组、现场核查与集体评议' })
  updateDesignationApplication(@Args() args: UpdateDesignationApplicationArgs, @Ctx() ctx: Context): Promise<DesignationApplication> {
    return this.designations.update(requireCaller(ctx), args);
  }

  @NeedsRight('designation.transition')
  @Mutation(() => DesignationApplication, { description: '定点申请办理：受理、补正、初审、审核、公示、签订协议或不予通过' })
  transitionDesignationApplication(
    @Args() args: TransitionDesignationApplicationArgs,
    @Ctx() ctx: Context,
  ): Promise<DesignationApplication> {
    return this.designations.transition(requireCaller(ctx), args);
  }

  @NeedsRight('designation.read')
  @Query(() => [InstitutionFinding], { description: '机构违规记录（新疆办法第十二条、第二十一条）' })
  institutionFindings(@Arg('institutionId', () => ID) institutionId: string, @Ctx() ctx: Context): Promise<InstitutionFinding[]> {
    return this.findings.list(requireCaller(ctx), institutionId);
  }

  @NeedsRight('institutionFinding.record')
  @Mutation(() => InstitutionFinding, { description: '登记机构违规记录' })
  recordInstitutionFinding(@Args() args: RecordInstitutionFindingArgs, @Ctx() ctx: Context): Promise<InstitutionFinding> {
    return this.findings.record(requireCaller(ctx), args);
  }

  @NeedsRight('institutionFinding.record')
  @Mutation(() => InstitutionFinding, { description: '结束机构违规记录（调查终结、责任履行完毕、移出名单）' })
  closeInstitutionFinding(@Args() args: CloseInstitutionFindingArgs, @Ctx() ctx: Context): Promise<InstitutionFinding> {
    return this.findings.close(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() row: DesignationApplication, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }

  @FieldResolver(() => GraphQLJSONObject)
  annex1(@Root() row: DesignationApplication): Record<string, unknown> {
    const a = row.annex1 ?? {};
    return typeof a.contactPhone === 'string' ? { ...a, contactPhone: maskPhone(a.contactPhone) } : a;
  }

  @FieldResolver(() => ReviewClockView, { nullable: true })
  reviewClock(@Root() row: DesignationApplication): ReviewClockView | null {
    return clockOf(row, todayInChina());
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: DesignationApplication, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.designationHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: DesignationApplication, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.designationHistory.load(row.id);
    // the buttons show what the table allows; every guard is checked again in the transaction
    return actionsFor(DESIGNATION_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), {
      asOf: todayInChina(),
      refusals: [],
      missingMaterials: [],
      review: { complete: true, basicPassed: true, panelFieldsMissing: [], siteVisitRecorded: true },
      publicityEarliestEnd: row.publicityStart,
    });
  }
}
