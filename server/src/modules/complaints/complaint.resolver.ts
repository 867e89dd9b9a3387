import { COMPLAINT_WORKFLOW } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { actionsFor, toHistorySteps } from '../../common/workflow/run-transition.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { ComplaintListArgs, CreateComplaintArgs, TransitionComplaintArgs, UpdateComplaintArgs } from './complaint.args.js';
import { Complaint } from './complaint.entity.js';
import type { ComplaintService } from './complaint.service.js';

@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(private readonly complaints: ComplaintService) {}

  @NeedsRight('complaint.read')
  @Query(() => [Complaint])
  allComplaints(@Args() args: ComplaintListArgs, @Ctx() ctx: Context): Promise<Complaint[]> {
    return this.complaints.list(requireCaller(ctx), args);
  }

  @NeedsRight('complaint.read')
  @Query(() => ListMetadata)
  async _allComplaintsMeta(@Args() args: ComplaintListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.complaints.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('complaint.read')
  @Query(() => Complaint, { nullable: true })
  Complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Complaint> {
    return this.complaints.get(requireCaller(ctx), id);
  }

  @NeedsRight('complaint.create')
  @Mutation(() => Complaint, { description: '登记投诉举报' })
  createComplaint(@Args() args: CreateComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return this.complaints.create(requireCaller(ctx), args);
  }

  @NeedsRight('complaint.update')
  @Mutation(() => Complaint, { description: '记录投诉的调查情况' })
  updateComplaint(@Args() args: UpdateComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return this.complaints.update(requireCaller(ctx), args);
  }

  @NeedsRight('complaint.transition')
  @Mutation(() => Complaint, { description: '投诉办理：开始调查、认定查实（自动生成考核事项）、认定不属实' })
  transitionComplaint(@Args() args: TransitionComplaintArgs, @Ctx() ctx: Context): Promise<Complaint> {
    return this.complaints.transition(requireCaller(ctx), args);
  }

  @FieldResolver(() => Institution)
  async institution(@Root() row: Complaint, @Ctx() ctx: Context): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(row.institutionId)) as Institution;
  }

  @FieldResolver(() => [WorkflowStep])
  history(@Root() row: Complaint, @Ctx() ctx: Context): Promise<WorkflowStep[]> {
    return ctx.loaders.complaintHistory.load(row.id);
  }

  @FieldResolver(() => [AllowedAction])
  async allowedActions(@Root() row: Complaint, @Ctx() ctx: Context): Promise<AllowedAction[]> {
    const history = await ctx.loaders.complaintHistory.load(row.id);
    // the lock is checked again in the transaction; the button shows what the table allows
    return actionsFor(COMPLAINT_WORKFLOW, requireCaller(ctx), row, toHistorySteps(history), { scorecardLocked: false });
  }
}
