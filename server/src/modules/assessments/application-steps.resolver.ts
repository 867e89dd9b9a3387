import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { NeedsRight } from '../../common/rights.js';
import { Staff } from '../institutions/staff.entity.js';
import { AssessmentApplication } from './application.entity.js';
import type { AssessmentApplicationService } from './application.service.js';
import {
  DeclareAssessorRelationArgs,
  DrawAssessorsArgs,
  DrawSpotChecksArgs,
  FileObjectionArgs,
  SaveOnsiteRecordArgs,
  SpotCheckDraw,
} from './application-steps.args.js';
import type { AssessmentStepsService } from './application-steps.service.js';
import { AssessmentDeadlines, AssessorDraw } from './application-views.js';
import { AssessmentFee } from './assessment-fee.entity.js';
import { AssessorRelation } from './assessor-relation.entity.js';

/** The steps after dispatch that are records, not transitions: the draw, the on-site record, an objection, a declared relation. */
@Resolver(() => AssessmentApplication)
export class AssessmentStepsResolver {
  private readonly steps: AssessmentStepsService;
  private readonly loaders = new WeakMap<
    Context,
    {
      fees: DataLoader<string, AssessmentFee[]>;
      names: DataLoader<string, string | null>;
      deadlines: DataLoader<AssessmentApplication, AssessmentDeadlines>;
    }
  >();

  constructor(
    private readonly applications: AssessmentApplicationService,
    private readonly db: Db,
  ) {
    this.steps = applications.steps;
  }

  private loadersOf(ctx: Context) {
    let l = this.loaders.get(ctx);
    if (!l) {
      const caller = requireCaller(ctx);
      l = {
        fees: new DataLoader(async (ids) => {
          const rows = await this.db.read(caller, (scope) => this.steps.feesOf(scope, ids));
          return ids.map((id) => rows.filter((r) => r.applicationId === id));
        }),
        // a page's deadlines from one read of the calendar and of each region's pack, not one per row
        deadlines: new DataLoader((rows) => this.db.read(caller, (scope) => this.applications.deadlinesOfPage(scope, rows)), {
          cache: false,
        }),
        names: new DataLoader(async (ids) => {
          const rows = await this.db.read(caller, (scope) => scope.rows(Staff, 's').andWhere('s.id IN (:...ids)', { ids }).getMany());
          return ids.map((id) => rows.find((r) => r.id === id)?.name ?? null);
        }),
      };
      this.loaders.set(ctx, l);
    }
    return l;
  }

  @NeedsRight('assessment.draw_assessors')
  @Mutation(() => AssessmentApplication, { description: '从派往机构的评估人员库随机抽取评估人员（种子与候选名单留存）' })
  drawAssessmentAssessors(@Args() args: DrawAssessorsArgs, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.steps.draw(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.onsite')
  @Mutation(() => AssessmentApplication, { description: '填写现场评估记录：各项评分、在场人、调查记录；等级由系统按国家标准计算' })
  saveAssessmentOnsiteRecord(@Args() args: SaveOnsiteRecordArgs, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.steps.saveOnsite(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.objection')
  @Mutation(() => AssessmentApplication, { description: '登记公示期内的实名异议及证据' })
  fileAssessmentObjection(@Args() args: FileObjectionArgs, @Ctx() ctx: Context): Promise<AssessmentApplication> {
    return this.steps.fileObjection(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.relation')
  @Mutation(() => AssessorRelation, { description: '登记评估人员与参保人的亲属或利害关系（抽取时回避）' })
  declareAssessorRelation(@Args() args: DeclareAssessorRelationArgs, @Ctx() ctx: Context): Promise<AssessorRelation> {
    return this.steps.declareRelation(requireCaller(ctx), args);
  }

  @NeedsRight('assessment.read')
  @Query(() => [AssessorRelation], { description: '评估人员已登记的回避关系（按登记时间倒序，至多200条）' })
  assessorRelations(@Arg('staffId', () => ID) staffId: string, @Ctx() ctx: Context): Promise<AssessorRelation[]> {
    return this.steps.relationsOf(requireCaller(ctx), staffId);
  }

  @NeedsRight('assessment.spot_check')
  @Mutation(() => SpotCheckDraw, { description: '从近12个月生效的评估结论中随机抽查（种子与候选名单记入审计）' })
  drawSpotChecks(@Args() args: DrawSpotChecksArgs, @Ctx() ctx: Context): Promise<SpotCheckDraw> {
    return this.steps.drawSpotChecks(requireCaller(ctx), args);
  }

  @FieldResolver(() => AssessmentDeadlines, { description: '各项时限（工作日历），缺少年度时列出而不推测' })
  deadlines(@Root() a: AssessmentApplication, @Ctx() ctx: Context): Promise<AssessmentDeadlines> {
    return this.loadersOf(ctx).deadlines.load(a);
  }

  @FieldResolver(() => AssessorDraw, { nullable: true, description: '评估人员抽取结果' })
  async draw(@Root() a: AssessmentApplication, @Ctx() ctx: Context): Promise<AssessorDraw | null> {
    if (a.drawSeed === null || !a.drawCandidates) return null;
    const names = await this.loadersOf(ctx).names.loadMany(a.drawCandidates.map((c) => c.id));
    return {
      seed: a.drawSeed,
      drawnAt: a.drawnAt,
      candidates: a.drawCandidates.map((c, i) => ({
        ...c,
        name: typeof names[i] === 'string' ? (names[i] as string) : null,
        drawn: a.drawnIds.includes(c.id),
      })),
      warnings: (a.drawWarnings ?? []).map((w) => `${w.message} (${w.citation})`),
      trace: a.drawTrace,
    };
  }

  @FieldResolver(() => [AssessmentFee], { description: '评估费及付费方' })
  fees(@Root() a: AssessmentApplication, @Ctx() ctx: Context): Promise<AssessmentFee[]> {
    return this.loadersOf(ctx).fees.load(a.id);
  }
}
