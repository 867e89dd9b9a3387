import { DECLARATION_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { AuditFlagRow } from './audit-flag.entity.js';
import {
  DeclarationListArgs,
  DeclaredRecordListArgs,
  DrawInspectionSampleArgs,
  RecordInspectionFindingArgs,
  SubmitDeclaredRecordsArgs,
  SubmitDeclaredRecordsResult,
  TransitionDeclarationArgs,
} from './declaration.args.js';
import { ServiceDeclaration } from './declaration.entity.js';
import type { DeclarationService } from './declaration.service.js';
import { DeclaredRecordLine, DeclaredRecordRow } from './declared-record.entity.js';
import { InspectionSample } from './inspection-sample.entity.js';

@Resolver(() => ServiceDeclaration)
export class DeclarationResolver {
  constructor(private readonly declarations: DeclarationService) {}

  @NeedsRight('declaration.read')
  @Query(() => [ServiceDeclaration])
  allServiceDeclarations(@Args() args: DeclarationListArgs, @Ctx() ctx: Context): Promise<ServiceDeclaration[]> {
    return this.declarations.list(requireCaller(ctx), args);
  }

  @NeedsRight('declaration.read')
  @Query(() => ListMetadata)
  async _allServiceDeclarationsMeta(@Args() args: DeclarationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.declarations.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('declaration.read')
  @Query(() => ServiceDeclaration, { nullable: true })
  ServiceDeclaration(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceDeclaration> {
    return this.declarations.get(requireCaller(ctx), id);
  }

  @NeedsRight('declaration.create')
  @Mutation(() => SubmitDeclaredRecordsResult, {
    description: '提交一批申报记录（最多5000条）：逐条给出结论和错误代码，合格的按记录编号替换，不合格的不写入',
  })
  submitDeclaredRecords(@Args() args: SubmitDeclaredRecordsArgs, @Ctx() ctx: Context): Promise<SubmitDeclaredRecordsResult> {
    return this.declarations.submit(requireCaller(ctx), args);
  }

  @NeedsRight('declaration.transition')
  @Mutation(() => ServiceDeclaration, { description: '服务申报：确认（锁定）、退回修改' })
  transitionServiceDeclaration(@Args() args: TransitionDeclarationArgs, @Ctx() ctx: Context): Promise<ServiceDeclaration> {
    return this.declarations.transition(requireCaller(ctx), args);
  }

  @NeedsRight('declaration.audit')
  @Mutation(() => ServiceDeclaration, { description: '对已确认的申报运行智能审核（重复运行替换标记，相同标记保留其决定）' })
  runDeclarationAudit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceDeclaration> {
    return this.declarations.audit(requireCaller(ctx), id);
  }

  @NeedsRight('inspection.create')
  @Mutation(() => InspectionSample, { description: '按记录的随机种子抽取稽核样本' })
  drawInspectionSample(@Args() args: DrawInspectionSampleArgs, @Ctx() ctx: Context): Promise<InspectionSample> {
    return this.declarations.drawSample(requireCaller(ctx), args);
  }

  @NeedsRight('declaration.read')
  @Query(() => [InspectionSample])
  inspectionSamples(@Arg('declarationId', () => ID) declarationId: string, @Ctx() ctx: Context): Promise<InspectionSample[]> {
    return this.declarations.samples(requireCaller(ctx), declarationId);
  }

  @FieldResolver(() => String, { nullable: true })
  async institutionName(@Root() row: ServiceDeclaration, @Ctx() ctx: Context): Promise<string | null> {
    return ((await ctx.loaders.institutionById.load(row.institutionId)) as { name?: string } | null)?.name ?? null;
  }

  @FieldResolver(() => Int, { nullable: true })
  openBlockingFlags(@Root() row: ServiceDeclaration, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.declarationOpenBlocking.load(row.id);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: ServiceDeclaration, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.declarationHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: ServiceDeclaration, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.declarationHistory.load(row.id);
    return actionsFor(DECLARATION_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), {
      recordCount: row.recordCount,
      settled: false,
    });
  }
}

@Resolver(() => DeclaredRecordRow)
export class DeclaredRecordResolver {
  constructor(private readonly declarations: DeclarationService) {}

  @NeedsRight('declaration.read')
  @Query(() => [DeclaredRecordRow])
  allDeclaredRecords(@Args() args: DeclaredRecordListArgs, @Ctx() ctx: Context): Promise<DeclaredRecordRow[]> {
    return this.declarations.records(requireCaller(ctx), args);
  }

  @NeedsRight('declaration.read')
  @Query(() => ListMetadata)
  async _allDeclaredRecordsMeta(@Args() args: DeclaredRecordListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.declarations.recordCount(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('inspection.record')
  @Mutation(() => DeclaredRecordRow, { description: '记录稽核样本中一条记录的稽核结果' })
  recordSampleFinding(@Args() args: RecordInspectionFindingArgs, @Ctx() ctx: Context): Promise<DeclaredRecordRow> {
    return this.declarations.recordFinding(requireCaller(ctx), args);
  }

  @FieldResolver(() => [DeclaredRecordLine])
  lines(@Root() row: DeclaredRecordRow, @Ctx() ctx: Context): Promise<DeclaredRecordLine[]> {
    return ctx.loaders.recordLines.load(row.id);
  }

  @FieldResolver(() => [AuditFlagRow], { description: '智能审核标记' })
  flags(@Root() row: DeclaredRecordRow, @Ctx() ctx: Context): Promise<AuditFlagRow[]> {
    return ctx.loaders.recordFlags.load(row.id);
  }

  @FieldResolver(() => String, { nullable: true })
  claimantName(@Root() row: DeclaredRecordRow, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.claimantName.load(row.claimantId);
  }
}
