import { RECTIFICATION_WORKFLOW, type RectificationState, rectificationStateOn } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { todayInChina } from '../../common/today.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { ConsequenceService } from './consequence.service.js';
import {
  ConsequenceListArgs,
  ImposeConsequenceArgs,
  OrderRectificationArgs,
  RectificationListArgs,
  TransitionRectificationArgs,
} from './rectification.args.js';
import { RecoveryRecord, Rectification, SupervisionConsequence } from './rectification.entity.js';
import { RectificationStateEnum } from './supervision-enums.js';

@Resolver(() => Rectification)
export class RectificationResolver {
  constructor(private readonly consequences: ConsequenceService) {}

  @NeedsRight('rectification.read')
  @Query(() => [Rectification])
  allRectifications(@Args() args: RectificationListArgs, @Ctx() ctx: Context): Promise<Rectification[]> {
    return this.consequences.listRectifications(requireCaller(ctx), args);
  }

  @NeedsRight('rectification.read')
  @Query(() => ListMetadata)
  async _allRectificationsMeta(@Args() args: RectificationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.consequences.countRectifications(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('rectification.read')
  @Query(() => Rectification, { nullable: true })
  Rectification(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Rectification> {
    return this.consequences.getRectification(requireCaller(ctx), id);
  }

  @NeedsRight('rectification.create')
  @Mutation(() => Rectification, { description: '责令整改（整改期限不得早于责令日期），同时记入年度考核' })
  orderRectification(@Args() args: OrderRectificationArgs, @Ctx() ctx: Context): Promise<Rectification> {
    return this.consequences.orderRectification(requireCaller(ctx), args);
  }

  @NeedsRight('rectification.transition')
  @Mutation(() => Rectification, { description: '整改跟踪：认定逾期、登记整改完成、验收' })
  transitionRectification(@Args() args: TransitionRectificationArgs, @Ctx() ctx: Context): Promise<Rectification> {
    return this.consequences.transitionRectification(requireCaller(ctx), args);
  }

  @NeedsRight('rectification.read')
  @Query(() => [SupervisionConsequence])
  allSupervisionConsequences(@Args() args: ConsequenceListArgs, @Ctx() ctx: Context): Promise<SupervisionConsequence[]> {
    return this.consequences.listConsequences(requireCaller(ctx), args);
  }

  @NeedsRight('rectification.read')
  @Query(() => ListMetadata)
  async _allSupervisionConsequencesMeta(@Args() args: ConsequenceListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.consequences.countConsequences(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('finding.consequence')
  @Query(() => [RecoveryRecord], { description: '机构可追回的已支付记录' })
  recoverablePayments(@Arg('institutionId', () => ID) institutionId: string, @Ctx() ctx: Context): Promise<RecoveryRecord[]> {
    return this.consequences.paidRecords(requireCaller(ctx), institutionId);
  }

  @NeedsRight('finding.consequence')
  @Mutation(() => SupervisionConsequence, {
    description: '作出处理：扣款、暂停服务协议（报告行政部门）、移交行政部门、追回违规费用（记账）',
  })
  imposeConsequence(@Args() args: ImposeConsequenceArgs, @Ctx() ctx: Context): Promise<SupervisionConsequence> {
    return this.consequences.impose(requireCaller(ctx), args);
  }

  /** Qinhuangdao art. 68: an order still ordered after its due date reads as overdue (computed from the date). */
  @FieldResolver(() => RectificationStateEnum, { description: '状态：整改期限届满次日起未报整改的为逾期（按日期计算）' })
  state(@Root() row: Rectification): RectificationState {
    return rectificationStateOn(row.state, row.dueOn, todayInChina());
  }

  @FieldResolver(() => Institution)
  async institution(@Root() row: Rectification, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: Rectification, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.rectificationHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: Rectification, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.rectificationHistory.load(row.id);
    return actionsFor(RECTIFICATION_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), { pastDue: todayInChina() > row.dueOn });
  }
}
