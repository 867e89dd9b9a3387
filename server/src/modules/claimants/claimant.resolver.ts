import { isIsoDate } from '@ltci/shared';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { todayInChina } from '../../common/today.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import {
  AddHospitalStayArgs,
  ClaimantListArgs,
  CreateClaimantArgs,
  DischargeHospitalStayArgs,
  EligibilityArgs,
  RecordContributionArgs,
  RevealClaimantArgs,
  UpdateClaimantArgs,
} from './claimant.args.js';
import { Claimant, ClaimantEligibilityView } from './claimant.entity.js';
import type { ClaimantService } from './claimant.service.js';
import { eligibilityOf, sanctionsOf, storedEligibility } from './claimant-eligibility.js';
import { RevealFieldEnum } from './claimant-enums.js';
import { ClaimantContribution, HospitalStay } from './claimant-records.entity.js';
import type { ClaimantRecordsService } from './claimant-records.service.js';

@ObjectType({ description: '一次查看的完整值（只返回这一次，列表中永不出现）' })
export class RevealedValue {
  @Field(() => RevealFieldEnum)
  field: string;

  @Field(() => String, { nullable: true })
  value: string | null;
}

@Resolver(() => Claimant)
export class ClaimantResolver {
  constructor(
    private readonly claimants: ClaimantService,
    private readonly records: ClaimantRecordsService,
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {}

  @NeedsRight('claimant.read')
  @Query(() => [Claimant])
  allClaimants(@Args() args: ClaimantListArgs, @Ctx() ctx: Context): Promise<Claimant[]> {
    return this.claimants.list(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.read')
  @Query(() => ListMetadata)
  async _allClaimantsMeta(@Args() args: ClaimantListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.claimants.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('claimant.read')
  @Query(() => Claimant, { nullable: true })
  Claimant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Claimant> {
    return this.claimants.get(requireCaller(ctx), id);
  }

  @NeedsRight('claimant.create')
  @Mutation(() => Claimant, { description: '登记参保人' })
  createClaimant(@Args() args: CreateClaimantArgs, @Ctx() ctx: Context): Promise<Claimant> {
    return this.claimants.create(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.update')
  @Mutation(() => Claimant, { description: '修改参保人信息（含死亡日期）' })
  updateClaimant(@Args() args: UpdateClaimantArgs, @Ctx() ctx: Context): Promise<Claimant> {
    return this.claimants.update(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.reveal')
  @Mutation(() => RevealedValue, { description: '查看完整身份证号码或电话：须说明理由，记入审计日志' })
  revealClaimant(@Args() args: RevealClaimantArgs, @Ctx() ctx: Context): Promise<RevealedValue> {
    return this.claimants.reveal(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.update')
  @Mutation(() => ClaimantContribution, { description: '录入一个月的缴费（到账、欠费、补缴到账）' })
  recordClaimantContribution(@Args() args: RecordContributionArgs, @Ctx() ctx: Context): Promise<ClaimantContribution> {
    return this.records.recordContribution(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.update')
  @Mutation(() => HospitalStay, { description: '登记住院（住院期间暂停待遇）' })
  addClaimantHospitalStay(@Args() args: AddHospitalStayArgs, @Ctx() ctx: Context): Promise<HospitalStay> {
    return this.records.addHospitalStay(requireCaller(ctx), args);
  }

  @NeedsRight('claimant.update')
  @Mutation(() => HospitalStay, { description: '登记出院' })
  dischargeClaimantHospitalStay(@Args() args: DischargeHospitalStayArgs, @Ctx() ctx: Context): Promise<HospitalStay> {
    return this.records.dischargeHospitalStay(requireCaller(ctx), args);
  }

  @FieldResolver(() => [ClaimantContribution])
  contributions(@Root() c: Claimant, @Ctx() ctx: Context): Promise<ClaimantContribution[]> {
    return ctx.loaders.claimantContributions.load(c.id);
  }

  @FieldResolver(() => [HospitalStay])
  hospitalStays(@Root() c: Claimant, @Ctx() ctx: Context): Promise<HospitalStay[]> {
    return ctx.loaders.claimantHospitalStays.load(c.id);
  }

  /** Today's status as stored; another day's computed now, from the same records and that day's pack. */
  @FieldResolver(() => ClaimantEligibilityView)
  async eligibility(@Root() c: Claimant, @Args() { asOf }: EligibilityArgs, @Ctx() ctx: Context): Promise<ClaimantEligibilityView> {
    const today = todayInChina();
    if (!asOf || (asOf === today && c.eligibilityAsOf === today)) return storedEligibility(c);
    if (!isIsoDate(asOf)) throw new BadUserInputError({ asOf: '日期应为 YYYY-MM-DD' });
    const [contributions, stays] = await Promise.all([
      ctx.loaders.claimantContributions.load(c.id),
      ctx.loaders.claimantHospitalStays.load(c.id),
    ]);
    return this.db.read(requireCaller(ctx), async (scope) =>
      eligibilityOf(scope, this.policyData, c, contributions, stays, asOf, await sanctionsOf(scope, c.id)),
    );
  }
}
