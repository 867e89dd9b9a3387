import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { PublicationListArgs, PublishArgs, WithdrawPublicationArgs } from './publication.args.js';
import { Publication } from './publication.entity.js';
import type { PublicationService } from './publication.service.js';
import type { SupervisionService } from './supervision.service.js';
import { AssessmentQualityView, InstitutionRisk, SupervisionDashboard } from './supervision.types.js';

@Resolver()
export class SupervisionResolver {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly publications: PublicationService,
  ) {}

  @NeedsRight('supervision.read')
  @Query(() => SupervisionDashboard, { description: '监管看板：未验收整改、本年追回、风险排名、评估质量异常' })
  supervisionDashboard(@Arg('regionId', () => ID) regionId: string, @Ctx() ctx: Context): Promise<SupervisionDashboard> {
    return this.supervision.dashboard(requireCaller(ctx), regionId);
  }

  @NeedsRight('supervision.read')
  @Query(() => [InstitutionRisk], { description: '机构风险排名（各评分项及理由）' })
  institutionRiskRanking(@Arg('regionId', () => ID) regionId: string, @Ctx() ctx: Context): Promise<InstitutionRisk[]> {
    return this.supervision.riskRanking(requireCaller(ctx), regionId);
  }

  @NeedsRight('supervision.read')
  @Query(() => [AssessmentQualityView], {
    description: '评估质量（新疆细则第二十六条）：各评估机构的等级分布、复评改变占比、派单至结论用时、结论书超期送达，附计算依据',
  })
  assessmentQuality(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
    @Arg('byAssessor', () => Boolean, { nullable: true, description: '按评估人员（其被抽取评估的结论）计算' }) byAssessor: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AssessmentQualityView[]> {
    return this.supervision.assessmentQuality(requireCaller(ctx), regionId, institutionId, byAssessor);
  }

  @NeedsRight('publication.read')
  @Query(() => [Publication])
  allPublications(@Args() args: PublicationListArgs, @Ctx() ctx: Context): Promise<Publication[]> {
    return this.publications.list(requireCaller(ctx), args);
  }

  @NeedsRight('publication.read')
  @Query(() => ListMetadata)
  async _allPublicationsMeta(@Args() args: PublicationListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.publications.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('publication.create')
  @Mutation(() => Publication, { description: '发布公开信息（机构名录、考核结果、基金收支；含个人信息的拒绝发布）' })
  publishDisclosure(@Args() args: PublishArgs, @Ctx() ctx: Context): Promise<Publication> {
    return this.publications.publish(requireCaller(ctx), args);
  }

  @NeedsRight('publication.withdraw')
  @Mutation(() => Publication, { description: '撤回公开信息' })
  withdrawPublication(@Args() args: WithdrawPublicationArgs, @Ctx() ctx: Context): Promise<Publication> {
    return this.publications.withdraw(requireCaller(ctx), args);
  }
}
