import { INSTITUTION_ACTIVITY_WORKFLOW } from '@ltci/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { related } from '../../common/loaders.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { CreateInstitutionArgs, InstitutionListArgs, TransitionInstitutionArgs, UpdateInstitutionArgs } from './institution.args.js';
import { Institution } from './institution.entity.js';
import type { InstitutionService } from './institution.service.js';
import { Staff } from './staff.entity.js';

@Resolver(() => Institution)
export class InstitutionResolver {
  constructor(private readonly institutions: InstitutionService) {}

  @NeedsRight('institution.read')
  @Query(() => [Institution])
  allInstitutions(@Args() args: InstitutionListArgs, @Ctx() ctx: Context): Promise<Institution[]> {
    return this.institutions.list(requireCaller(ctx), args);
  }

  @NeedsRight('institution.read')
  @Query(() => ListMetadata)
  async _allInstitutionsMeta(@Args() args: InstitutionListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.institutions.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('institution.read')
  @Query(() => Institution, { nullable: true })
  Institution(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Institution> {
    return this.institutions.get(requireCaller(ctx), id);
  }

  @NeedsRight('institution.create')
  @Mutation(() => Institution)
  createInstitution(@Args() args: CreateInstitutionArgs, @Ctx() ctx: Context): Promise<Institution> {
    return this.institutions.create(requireCaller(ctx), args);
  }

  @NeedsRight('institution.update')
  @Mutation(() => Institution)
  updateInstitution(@Args() args: UpdateInstitutionArgs, @Ctx() ctx: Context): Promise<Institution> {
    return this.institutions.update(requireCaller(ctx), args);
  }

  // no deleteInstitution: an institution is deactivated with a reason, never deleted (issue 8, defect 3)
  @NeedsRight('institution.transition')
  @Mutation(() => Institution, { description: '机构停用、重新启用（须填写理由；机构从不删除）' })
  transitionInstitution(@Args() args: TransitionInstitutionArgs, @Ctx() ctx: Context): Promise<Institution> {
    return this.institutions.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Region)
  region(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, institution.regionId, (id) => ctx.loaders.regionById.load(id));
  }

  @FieldResolver(() => County, { nullable: true })
  county(@Root() institution: Institution, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, institution.countyId, (id) => ctx.loaders.countyById.load(id));
  }

  @FieldResolver(() => [Staff])
  staff(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Staff[]> {
    return ctx.loaders.staffByInstitution.load(institution.id);
  }

  @FieldResolver(() => Int)
  staffCount(@Root() institution: Institution, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.staffCountByInstitution.load(institution.id);
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() institution: Institution, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.institutionHistory.load(institution.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() institution: Institution, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.institutionHistory.load(institution.id);
    const agreementInForce = await ctx.loaders.agreementInForceByInstitution.load(institution.id);
    return actionsFor(INSTITUTION_ACTIVITY_WORKFLOW, requireCaller(ctx), institution, toHistorySteps(history), { agreementInForce });
  }
}
