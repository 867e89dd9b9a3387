import { SCORECARD_LINK_PARAMS, SERVICE_AGREEMENT_WORKFLOW, scorecardAgreementLink } from '@ltci/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { related } from '../../common/loaders.js';
import { NeedsRight } from '../../common/rights.js';
import { todayInChina } from '../../common/today.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  CreateServiceAgreementArgs,
  ServiceAgreementListArgs,
  TransitionServiceAgreementArgs,
  UpdateServiceAgreementArgs,
} from './agreement.args.js';
import { ServiceAgreement } from './agreement.entity.js';
import type { ServiceAgreementService } from './agreement.service.js';

@Resolver(() => ServiceAgreement)
export class ServiceAgreementResolver {
  constructor(private readonly agreements: ServiceAgreementService) {}

  @NeedsRight('agreement.read')
  @Query(() => [ServiceAgreement])
  allServiceAgreements(@Args() args: ServiceAgreementListArgs, @Ctx() ctx: Context): Promise<ServiceAgreement[]> {
    return this.agreements.list(requireCaller(ctx), args);
  }

  @NeedsRight('agreement.read')
  @Query(() => ListMetadata)
  async _allServiceAgreementsMeta(@Args() args: ServiceAgreementListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.agreements.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('agreement.read')
  @Query(() => ServiceAgreement, { nullable: true })
  ServiceAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceAgreement> {
    return this.agreements.get(requireCaller(ctx), id);
  }

  @NeedsRight('agreement.create')
  @Mutation(() => ServiceAgreement, { description: '草拟服务协议' })
  createServiceAgreement(@Args() args: CreateServiceAgreementArgs, @Ctx() ctx: Context): Promise<ServiceAgreement> {
    return this.agreements.create(requireCaller(ctx), args);
  }

  @NeedsRight('agreement.update')
  @Mutation(() => ServiceAgreement, { description: '修改草拟中协议的编号与期限' })
  updateServiceAgreement(@Args() args: UpdateServiceAgreementArgs, @Ctx() ctx: Context): Promise<ServiceAgreement> {
    return this.agreements.update(requireCaller(ctx), args);
  }

  @NeedsRight('agreement.transition')
  @Mutation(() => ServiceAgreement, { description: '服务协议流程操作：生效、暂停、恢复、提出解除、批准或驳回解除、期满' })
  transitionServiceAgreement(@Args() args: TransitionServiceAgreementArgs, @Ctx() ctx: Context): Promise<ServiceAgreement> {
    return this.agreements.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  institution(@Root() agreement: ServiceAgreement, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, agreement.institutionId, (id) => ctx.loaders.institutionById.load(id));
  }

  @FieldResolver(() => GraphQLJSON, {
    description: '最近一次签发的年度考核结果及其与协议续签、费用支付的挂钩（新疆细则第二十七条），含计算依据 trace',
  })
  async scorecardLink(@Root() agreement: ServiceAgreement, @Ctx() ctx: Context): Promise<unknown> {
    const card = await ctx.loaders.latestSignedOffScorecard.load(agreement.institutionId);
    const { value, trace } = scorecardAgreementLink(
      card ? { scorecardId: card.id, year: card.year, total: card.total } : null,
      SCORECARD_LINK_PARAMS[agreement.regionId] ?? null,
    );
    return { ...value, trace };
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() agreement: ServiceAgreement, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.agreementHistory.load(agreement.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() agreement: ServiceAgreement, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const [history, otherAgreementInForce, institution, restrictedUntil] = await Promise.all([
      ctx.loaders.agreementHistory.load(agreement.id),
      ctx.loaders.otherAgreementInForce.load(agreement),
      ctx.loaders.institutionById.load(agreement.institutionId),
      ctx.loaders.restrictedUntil.load(agreement.institutionId),
    ]);
    const facts = {
      asOf: todayInChina(),
      number: agreement.number,
      startDate: agreement.startDate,
      endDate: agreement.endDate,
      otherAgreementInForce,
      institutionActive: institution?.state !== 'inactive',
      restrictedUntil,
    };
    return actionsFor(SERVICE_AGREEMENT_WORKFLOW, requireCaller(ctx), agreement, toHistorySteps(history), facts);
  }
}
