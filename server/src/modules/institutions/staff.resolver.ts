import { POOL_ROLES } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { CreateStaffArgs, RecordTrainingArgs, RemoveAssessorArgs, StaffListArgs, UpdateStaffArgs } from './staff.args.js';
import { AssessorTraining, Staff, StaffCertificate } from './staff.entity.js';
import type { StaffService } from './staff.service.js';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @NeedsRight('staff.read')
  @Query(() => [Staff], { description: '机构人员；filter.pool = true 为评估人员库' })
  allStaff(@Args() args: StaffListArgs, @Ctx() ctx: Context): Promise<Staff[]> {
    return this.staff.list(requireCaller(ctx), args);
  }

  @NeedsRight('staff.read')
  @Query(() => ListMetadata)
  async _allStaffMeta(@Args() args: StaffListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.staff.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('staff.read')
  @Query(() => Staff, { nullable: true })
  Staff(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Staff> {
    return this.staff.get(requireCaller(ctx), id);
  }

  @NeedsRight('staff.create')
  @Mutation(() => Staff, { description: '登记机构人员（岗位、职称、年限、证书、是否专职）' })
  createStaff(@Args() args: CreateStaffArgs, @Ctx() ctx: Context): Promise<Staff> {
    return this.staff.create(requireCaller(ctx), args);
  }

  @NeedsRight('staff.update')
  @Mutation(() => Staff)
  updateStaff(@Args() args: UpdateStaffArgs, @Ctx() ctx: Context): Promise<Staff> {
    return this.staff.update(requireCaller(ctx), args);
  }

  @NeedsRight('staff.delete')
  @Mutation(() => Staff)
  deleteStaff(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Staff> {
    return this.staff.delete(requireCaller(ctx), id);
  }

  @NeedsRight('staff.train')
  @Mutation(() => AssessorTraining, { description: '登记评估人员培训（新疆细则第十五条）' })
  recordAssessorTraining(@Args() args: RecordTrainingArgs, @Ctx() ctx: Context): Promise<AssessorTraining> {
    return this.staff.recordTraining(requireCaller(ctx), args);
  }

  @NeedsRight('staff.remove')
  @Mutation(() => Staff, { description: '移出评估人员库（新疆细则第十六条第二款，永久，须填理由）' })
  removeAssessor(@Args() args: RemoveAssessorArgs, @Ctx() ctx: Context): Promise<Staff> {
    return this.staff.remove(requireCaller(ctx), args);
  }

  @FieldResolver(() => [StaffCertificate])
  certificates(@Root() staff: Staff, @Ctx() ctx: Context): Promise<StaffCertificate[]> {
    return ctx.loaders.certificatesByStaff.load(staff.id);
  }

  @FieldResolver(() => [AssessorTraining])
  trainings(@Root() staff: Staff, @Ctx() ctx: Context): Promise<AssessorTraining[]> {
    return ctx.loaders.trainingsByStaff.load(staff.id);
  }

  @FieldResolver(() => Boolean)
  async trained(@Root() staff: Staff, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.trainingsByStaff.load(staff.id)).some((t) => t.passed);
  }

  @FieldResolver(() => Boolean)
  async inPool(@Root() staff: Staff, @Ctx() ctx: Context): Promise<boolean> {
    if (staff.removedFor || !(POOL_ROLES as readonly string[]).includes(staff.role)) return false;
    return (await ctx.loaders.institutionById.load(staff.institutionId))?.kind === 'assessment';
  }

  @FieldResolver(() => String, { nullable: true })
  async institutionName(@Root() staff: Staff, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.institutionById.load(staff.institutionId))?.name ?? null;
  }
}
