import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import {
  ContributionStatusEnum,
  EligibilityStatusEnum,
  HardshipGroupEnum,
  InsuredCategoryEnum,
  RevealFieldEnum,
} from './claimant-enums.js';

@InputType({ description: '参保人列表筛选' })
export class ClaimantFilter {
  @Field({ nullable: true, description: '按姓名开头搜索（如姓氏）' })
  q?: string;

  @Field({ nullable: true, description: '按完整身份证号码精确查找（不记录明文）' })
  idNumber?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => InsuredCategoryEnum, { nullable: true })
  category?: string;

  @Field(() => EligibilityStatusEnum, { nullable: true })
  eligibilityStatus?: string;
}

export const CLAIMANT_SORT = sortable(
  'ClaimantSortField',
  { id: 'c.id', name: 'c.name', birthDate: 'c.birth_date', createdAt: 'c.created_at' },
  'name',
);

@ArgsType()
export class ClaimantListArgs extends ListArgs {
  @Field(() => CLAIMANT_SORT.enum, { nullable: true })
  sortField?: keyof typeof CLAIMANT_SORT.enum;

  @Field(() => ClaimantFilter, { nullable: true })
  filter?: ClaimantFilter;
}

/** The fields an officer enters; birth date and sex come from the identity number. */
@ArgsType()
export class ClaimantFields {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: '身份证号码（GB 11643，校验位校验）' })
  idNumber?: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  guardianName?: string | null;

  @Field(() => String, { nullable: true })
  guardianRelation?: string | null;

  @Field(() => ID, { nullable: true, description: '参保县区' })
  countyId?: string | null;

  @Field(() => ID, { nullable: true })
  residenceRegionId?: string | null;

  @Field(() => ID, { nullable: true })
  residenceCountyId?: string | null;

  @Field(() => InsuredCategoryEnum, { nullable: true })
  category?: string;

  @Field(() => InsuredCategoryEnum, { nullable: true })
  parentsCategory?: string | null;

  @Field(() => HardshipGroupEnum, { nullable: true })
  hardshipGroup?: string | null;

  @Field(() => String, { nullable: true })
  insuredSince?: string | null;

  @Field(() => String, { nullable: true, description: '死亡日期（待遇自次日起终止）' })
  deathDate?: string | null;
}

@ArgsType()
export class CreateClaimantArgs extends ClaimantFields {
  @Field(() => ID, { description: '参保统筹地区' })
  regionId: string;
}

@ArgsType()
export class UpdateClaimantArgs extends ClaimantFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@ArgsType()
export class RevealClaimantArgs {
  @Field(() => ID)
  id: string;

  @Field(() => RevealFieldEnum)
  field: string;

  @Field({ description: '查看理由（记入审计日志）' })
  reason: string;
}

@ArgsType()
export class RecordContributionArgs {
  @Field(() => ID)
  claimantId: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => ContributionStatusEnum)
  status: string;

  @Field({ description: '金额，如 "45.60"' })
  amount: string;

  @Field(() => String, { nullable: true })
  arrivedOn?: string | null;
}

@ArgsType()
export class AddHospitalStayArgs {
  @Field(() => ID)
  claimantId: string;

  @Field()
  hospital: string;

  @Field()
  admittedOn: string;

  @Field(() => String, { nullable: true })
  dischargedOn?: string | null;
}

@ArgsType()
export class DischargeHospitalStayArgs {
  @Field(() => ID)
  id: string;

  @Field()
  dischargedOn: string;
}

@ArgsType()
export class EligibilityArgs {
  @Field(() => String, { nullable: true, description: '按哪一天计算（默认今天）' })
  asOf?: string | null;
}
