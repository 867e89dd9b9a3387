import { SETTLEMENT_RUN_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { Job } from '../jobs/job.entity.js';
import {
  BenefitStatementArgs,
  SettlementLinesArgs,
  SettlementRunListArgs,
  StartSettlementRunArgs,
  StatementComplaintArgs,
  TransitionSettlementRunArgs,
} from './settlement.args.js';
import type { SettlementService } from './settlement.service.js';
import { SettlementLine, SettlementRun, SettlementSheet } from './settlement-run.entity.js';
import type { StatementService } from './statement.service.js';
import { BenefitStatement, BenefitStatementLine } from './statement.types.js';

@Resolver(() => SettlementRun)
export class SettlementRunResolver {
  constructor(
    private readonly settlements: SettlementService,
    private readonly statements: StatementService,
  ) {}

  @NeedsRight('settlement.read')
  @Query(() => [SettlementRun])
  allSettlementRuns(@Args() args: SettlementRunListArgs, @Ctx() ctx: Context): Promise<SettlementRun[]> {
    return this.settlements.list(requireCaller(ctx), args);
  }

  @NeedsRight('settlement.read')
  @Query(() => ListMetadata)
  async _allSettlementRunsMeta(@Args() args: SettlementRunListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.settlements.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('settlement.read')
  @Query(() => SettlementRun, { nullable: true })
  SettlementRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SettlementRun> {
    return this.settlements.get(requireCaller(ctx), id);
  }

  @NeedsRight('settlement.read')
  @Query(() => SettlementSheet, { nullable: true })
  SettlementSheet(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SettlementSheet> {
    return this.settlements.sheet(requireCaller(ctx), id);
  }

  @NeedsRight('settlement.read')
  @Query(() => [SettlementLine], { description: '结算单的参保人明细（分页）' })
  async settlementLines(@Args() args: SettlementLinesArgs, @Ctx() ctx: Context): Promise<SettlementLine[]> {
    return (await this.settlements.lines(requireCaller(ctx), args)).rows;
  }

  @NeedsRight('statement.read')
  @Query(() => BenefitStatement, { description: '参保人某月的待遇结算单' })
  benefitStatement(@Args() args: BenefitStatementArgs, @Ctx() ctx: Context): Promise<BenefitStatement> {
    return this.statements.statement(requireCaller(ctx), args);
  }

  @NeedsRight('settlement.create')
  @Mutation(() => SettlementRun, { description: '生成月度结算数据（后台任务）' })
  startSettlementRun(@Args() args: StartSettlementRunArgs, @Ctx() ctx: Context): Promise<SettlementRun> {
    return this.settlements.start(requireCaller(ctx), args);
  }

  @NeedsRight('settlement.transition')
  @Mutation(() => SettlementRun, { description: '月度结算：初审、复核、审批拨付、退回' })
  transitionSettlementRun(@Args() args: TransitionSettlementRunArgs, @Ctx() ctx: Context): Promise<SettlementRun> {
    return this.settlements.transition(requireCaller(ctx), args);
  }

  @NeedsRight('complaint.create')
  @Mutation(() => Complaint, { description: '就待遇结算单提出投诉（登记到投诉举报）' })
  raiseStatementComplaint(@Args() args: StatementComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return this.statements.complain(requireCaller(ctx), args);
  }

  @FieldResolver(() => Job, { nullable: true })
  async job(@Root() row: SettlementRun, @Ctx() ctx: Context): Promise<Job | null> {
    return row.jobId ? ((await ctx.loaders.settlementJob.load(row.jobId)) ?? null) : null;
  }

  @FieldResolver(() => [SettlementSheet])
  sheetList(@Root() row: SettlementRun, @Ctx() ctx: Context): Promise<SettlementSheet[]> {
    return this.settlements.sheets(requireCaller(ctx), row.id);
  }

  @FieldResolver(() => String)
  async accountBalance(@Root() row: SettlementRun, @Ctx() ctx: Context): Promise<string> {
    return row.accountId ? ctx.loaders.settlementAccountBalance.load(row.accountId) : '0.00';
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: SettlementRun, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.settlementRunHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: SettlementRun, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const caller = requireCaller(ctx);
    const history = await ctx.loaders.settlementRunHistory.load(row.id);
    return actionsFor(SETTLEMENT_RUN_WORKFLOW, caller, row, toHistorySteps(history), await this.settlements.facts(caller, row));
  }
}

@Resolver(() => SettlementSheet)
export class SettlementSheetResolver {
  @FieldResolver(() => Institution)
  async institution(@Root() row: SettlementSheet, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }
}

@Resolver(() => BenefitStatementLine)
export class BenefitStatementLineResolver {
  @FieldResolver(() => Institution, { nullable: true })
  async institution(@Root() row: BenefitStatementLine, @Ctx() ctx: Context): Promise<Institution | null> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) ?? null;
  }
}
