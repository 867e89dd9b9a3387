import { TPA_ASSESSMENT_WORKFLOW, TPA_CONTRACT_WORKFLOW, TPA_FEE_PAYMENT_WORKFLOW, TPA_RECTIFICATION_WORKFLOW } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { todayInChina } from '../../common/today.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { InspectionFinding } from '../supervision/inspection.entity.js';
import {
  CreateTpaContractArgs,
  OpenTpaAssessmentArgs,
  ProposeTpaFeePaymentArgs,
  ReviewTpaAssessmentArgs,
  SubmitTpaOnSiteArgs,
  SubmitTpaSelfCheckArgs,
  TpaAssessmentListArgs,
  TpaContractListArgs,
  TpaFeePaymentListArgs,
  TpaRectificationListArgs,
  TransitionTpaContractArgs,
  TransitionTpaFeePaymentArgs,
  TransitionTpaRectificationArgs,
} from './tpa.args.js';
import { TpaAssessment } from './tpa-assessment.entity.js';
import { supervisionFindingsForTpa, type TpaAssessmentService } from './tpa-assessment.service.js';
import { TpaCommitmentRow, TpaContract } from './tpa-contract.entity.js';
import type { TpaContractService } from './tpa-contract.service.js';
import { capStatusOf, paymentFacts, type TpaFeeService } from './tpa-fee.service.js';
import { TpaFeePayment, TpaRectification } from './tpa-fee-payment.entity.js';
import type { TpaRectificationService } from './tpa-rectification.service.js';

const history = (ctx: Context, workflow: string, id: string) => ctx.loaders.tpaHistory.load(`${workflow}:${id}`);

@Resolver(() => TpaContract)
export class TpaContractResolver {
  constructor(private readonly contracts: TpaContractService) {}

  @NeedsRight('tpaContract.read')
  @Query(() => [TpaContract])
  allTpaContracts(@Args() args: TpaContractListArgs, @Ctx() ctx: Context): Promise<TpaContract[]> {
    return this.contracts.list(requireCaller(ctx), args);
  }

  @NeedsRight('tpaContract.read')
  @Query(() => ListMetadata)
  async _allTpaContractsMeta(@Args() args: TpaContractListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.contracts.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('tpaContract.read')
  @Query(() => TpaContract, { nullable: true })
  TpaContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TpaContract> {
    return this.contracts.get(requireCaller(ctx), id);
  }

  @NeedsRight('tpaContract.create')
  @Mutation(() => TpaContract, { description: '起草委托经办合同（单位、权重、得分与拨付比例、考核方案、投标承诺）' })
  createTpaContract(@Args() args: CreateTpaContractArgs, @Ctx() ctx: Context): Promise<TpaContract> {
    return this.contracts.create(requireCaller(ctx), args);
  }

  @NeedsRight('tpaContract.transition')
  @Mutation(() => TpaContract, { description: '委托经办合同流程：生效、提请终止、批准或驳回终止' })
  transitionTpaContract(@Args() args: TransitionTpaContractArgs, @Ctx() ctx: Context): Promise<TpaContract> {
    return this.contracts.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async tpaInstitution(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(c.tpaInstitutionId)) as Institution;
  }

  @FieldResolver(() => [TpaCommitmentRow])
  commitments(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<TpaCommitmentRow[]> {
    return ctx.loaders.tpaCommitments.load(c.id);
  }

  @FieldResolver(() => [TpaAssessment], { description: '各年度考核（逐年对比）' })
  assessments(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<TpaAssessment[]> {
    return ctx.loaders.tpaAssessmentsOfContract.load(c.id);
  }

  @FieldResolver(() => [TpaRectification], { description: '约谈整改（天津办法第二十条）' })
  rectifications(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<TpaRectification[]> {
    return ctx.loaders.tpaRectificationsOfContract.load(c.id);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return history(ctx, TPA_CONTRACT_WORKFLOW.id, c.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() c: TpaContract, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const steps = toHistorySteps(await history(ctx, TPA_CONTRACT_WORKFLOW.id, c.id));
    return actionsFor(TPA_CONTRACT_WORKFLOW, requireCaller(ctx), c, steps, {});
  }
}

@Resolver(() => TpaAssessment)
export class TpaAssessmentResolver {
  constructor(
    private readonly assessments: TpaAssessmentService,
    private readonly db: Db,
  ) {}

  @NeedsRight('tpaAssessment.read')
  @Query(() => [TpaAssessment])
  allTpaAssessments(@Args() args: TpaAssessmentListArgs, @Ctx() ctx: Context): Promise<TpaAssessment[]> {
    return this.assessments.list(requireCaller(ctx), args);
  }

  @NeedsRight('tpaAssessment.read')
  @Query(() => ListMetadata)
  async _allTpaAssessmentsMeta(@Args() args: TpaAssessmentListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.assessments.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('tpaAssessment.read')
  @Query(() => TpaAssessment, { nullable: true })
  TpaAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TpaAssessment> {
    return this.assessments.get(requireCaller(ctx), id);
  }

  @NeedsRight('tpaAssessment.create')
  @Mutation(() => TpaAssessment, { description: '启动合同的年度考核（天津办法第十六条）' })
  openTpaAssessment(@Args() args: OpenTpaAssessmentArgs, @Ctx() ctx: Context): Promise<TpaAssessment> {
    return this.assessments.open(requireCaller(ctx), args);
  }

  @NeedsRight('tpaAssessment.submit_self_check')
  @Mutation(() => TpaAssessment, { description: '经办机构提交自查（天津办法第十三条）' })
  submitTpaSelfCheck(@Args() args: SubmitTpaSelfCheckArgs, @Ctx() ctx: Context): Promise<TpaAssessment> {
    return this.assessments.submitSelfCheck(requireCaller(ctx), args);
  }

  @NeedsRight('tpaAssessment.submit_on_site')
  @Mutation(() => TpaAssessment, { description: '稽核人员提交实地考核（天津办法第十三条）' })
  submitTpaOnSite(@Args() args: SubmitTpaOnSiteArgs, @Ctx() ctx: Context): Promise<TpaAssessment> {
    return this.assessments.submitOnSite(requireCaller(ctx), args);
  }

  @NeedsRight('tpaAssessment.approve')
  @Mutation(() => TpaAssessment, { description: '考核评议：另一名稽核人员通过或退回' })
  reviewTpaAssessment(@Args() args: ReviewTpaAssessmentArgs, @Ctx() ctx: Context): Promise<TpaAssessment> {
    return this.assessments.review(requireCaller(ctx), args);
  }

  @FieldResolver(() => TpaContract, { nullable: true })
  async contract(@Root() a: TpaAssessment, @Ctx() ctx: Context): Promise<TpaContract | undefined> {
    return ctx.loaders.tpaContractById.load(a.contractId);
  }

  @FieldResolver(() => [TpaFeePayment])
  payments(@Root() a: TpaAssessment, @Ctx() ctx: Context): Promise<TpaFeePayment[]> {
    return ctx.loaders.tpaPaymentsOfAssessment.load(a.id);
  }

  @FieldResolver(() => [InspectionFinding], {
    description: '本年度合同期内针对该经办机构的监督检查问题（天津办法第十九条；仅详情页读取）',
  })
  async findings(@Root() a: TpaAssessment, @Ctx() ctx: Context): Promise<InspectionFinding[]> {
    const contract = await ctx.loaders.tpaContractById.load(a.contractId);
    if (!contract) return [];
    return this.db.read(requireCaller(ctx), (scope) => supervisionFindingsForTpa(scope, contract, a.year));
  }

  @FieldResolver(() => GraphQLJSON, { description: '当年经办服务费与上限（仅详情页读取）' })
  async capStatus(@Root() a: TpaAssessment, @Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: Context) {
    // the cap's year: the one asked, else that of the latest payment, else this year (Qinhuangdao art. 63 当年)
    const latest = (await ctx.loaders.tpaPaymentsOfAssessment.load(a.id))
      .map((p) => p.date)
      .sort()
      .at(-1);
    const y = year != null && year >= 2000 && year <= 2099 ? year : Number((latest ?? todayInChina()).slice(0, 4));
    return this.db.read(requireCaller(ctx), (scope) => capStatusOf(scope, a.regionId, y));
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() a: TpaAssessment, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return history(ctx, TPA_ASSESSMENT_WORKFLOW.id, a.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() a: TpaAssessment, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const steps = toHistorySteps(await history(ctx, TPA_ASSESSMENT_WORKFLOW.id, a.id));
    return actionsFor(TPA_ASSESSMENT_WORKFLOW, requireCaller(ctx), a, steps, {});
  }
}

@Resolver(() => TpaFeePayment)
export class TpaFeePaymentResolver {
  constructor(
    private readonly fees: TpaFeeService,
    private readonly db: Db,
  ) {}

  @NeedsRight('tpaFeePayment.read')
  @Query(() => [TpaFeePayment])
  allTpaFeePayments(@Args() args: TpaFeePaymentListArgs, @Ctx() ctx: Context): Promise<TpaFeePayment[]> {
    return this.fees.list(requireCaller(ctx), args);
  }

  @NeedsRight('tpaFeePayment.read')
  @Query(() => ListMetadata)
  async _allTpaFeePaymentsMeta(@Args() args: TpaFeePaymentListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.fees.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('tpaFeePayment.read')
  @Query(() => TpaFeePayment, { nullable: true })
  TpaFeePayment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TpaFeePayment> {
    return this.fees.get(requireCaller(ctx), id);
  }

  @NeedsRight('tpaFeePayment.create')
  @Mutation(() => TpaFeePayment, { description: '提请拨付某季度经办服务费（秦皇岛细则第六十三条）' })
  proposeTpaFeePayment(@Args() args: ProposeTpaFeePaymentArgs, @Ctx() ctx: Context): Promise<TpaFeePayment> {
    return this.fees.propose(requireCaller(ctx), args);
  }

  @NeedsRight('tpaFeePayment.transition')
  @Mutation(() => TpaFeePayment, { description: '复核经办服务费拨付：另一名基金管理人员批准（记账）或驳回' })
  transitionTpaFeePayment(@Args() args: TransitionTpaFeePaymentArgs, @Ctx() ctx: Context): Promise<TpaFeePayment> {
    return this.fees.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() p: TpaFeePayment, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return history(ctx, TPA_FEE_PAYMENT_WORKFLOW.id, p.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() p: TpaFeePayment, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const caller = requireCaller(ctx);
    const steps = toHistorySteps(await history(ctx, TPA_FEE_PAYMENT_WORKFLOW.id, p.id));
    const facts =
      p.state === 'proposed'
        ? await this.db.read(caller, (scope) => paymentFacts(p, scope))
        : { withinCap: true, amount: p.amount, remaining: null };
    return actionsFor(TPA_FEE_PAYMENT_WORKFLOW, caller, p, steps, facts);
  }
}

@Resolver(() => TpaRectification)
export class TpaRectificationResolver {
  constructor(private readonly cases: TpaRectificationService) {}

  @NeedsRight('tpaRectification.read')
  @Query(() => [TpaRectification])
  allTpaRectifications(@Args() args: TpaRectificationListArgs, @Ctx() ctx: Context): Promise<TpaRectification[]> {
    return this.cases.list(requireCaller(ctx), args);
  }

  @NeedsRight('tpaRectification.read')
  @Query(() => ListMetadata)
  async _allTpaRectificationsMeta(@Args() args: TpaRectificationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.cases.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('tpaRectification.read')
  @Query(() => TpaRectification, { nullable: true })
  TpaRectification(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TpaRectification> {
    return this.cases.get(requireCaller(ctx), id);
  }

  @NeedsRight('tpaRectification.transition')
  @Mutation(() => TpaRectification, { description: '整改销号（须说明理由）' })
  transitionTpaRectification(@Args() args: TransitionTpaRectificationArgs, @Ctx() ctx: Context): Promise<TpaRectification> {
    return this.cases.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() r: TpaRectification, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return history(ctx, TPA_RECTIFICATION_WORKFLOW.id, r.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() r: TpaRectification, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const steps = toHistorySteps(await history(ctx, TPA_RECTIFICATION_WORKFLOW.id, r.id));
    return actionsFor(TPA_RECTIFICATION_WORKFLOW, requireCaller(ctx), r, steps, {});
  }
}
