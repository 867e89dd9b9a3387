import type { ContributionCategory, EligibilityStatus, HardshipGroup, PolicyIssue, Sex, TraceStep as SharedTraceStep } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { EligibilityStatusEnum, HardshipGroupEnum, InsuredCategoryEnum, SexEnum } from './claimant-enums.js';
import { ClaimantContribution, HospitalStay } from './claimant-records.entity.js';

@ObjectType({ description: '无法确定资格的原因' })
export class EligibilityIssue {
  @Field()
  path: string;

  @Field()
  code: string;

  @Field()
  message: string;
}

/** A claimant's eligibility status on a day, with the rules that produced it (shared `claimantEligibility`). */
@ObjectType({ description: '待遇资格状态及其计算依据' })
export class ClaimantEligibilityView {
  @Field(() => EligibilityStatusEnum)
  status: EligibilityStatus;

  @Field({ description: '按哪一天计算' })
  asOf: string;

  @Field(() => String, { nullable: true, description: '等待期届满后可享受待遇的第一天' })
  waitingEnd: string | null;

  @Field(() => [String], { description: '暂停原因：arrears 欠费、hospital 住院、sanction 违规处理（暂停或取消待遇资格）' })
  suspendedBecause: string[];

  @Field(() => String, { nullable: true, description: '当前状态自哪天起' })
  since: string | null;

  @Field(() => String, { nullable: true, description: '按已知日期，状态最早在哪天改变' })
  validUntil: string | null;

  @Field(() => [EligibilityIssue])
  issues: PolicyIssue[];

  @Field(() => [TraceStep])
  trace: SharedTraceStep[];
}

/** An insured person (参保人): identity, where they are insured and live, category, hardship status, death. */
@ObjectType({ description: '参保人' })
@Entity('claimants')
@regionScoped('参保人', { countyColumn: 'county_id' })
export class Claimant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: '参保统筹地区' })
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: '参保县区' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID, { nullable: true, description: '居住统筹地区（异地评估、结算时使用）' })
  @Column({ type: 'text', name: 'residence_region_id', nullable: true })
  residenceRegionId: string | null;

  @Field(() => ID, { nullable: true, description: '居住县区' })
  @Column({ type: 'text', name: 'residence_county_id', nullable: true })
  residenceCountyId: string | null;

  @Field({ description: '姓名' })
  @Column({ type: 'text' })
  name: string;

  /** The whole number: read only by `revealClaimant` (never selected by lists or by `find`). */
  @Column({ type: 'text', name: 'id_number', select: false })
  idNumber?: string;

  @Field({ name: 'idNumber', description: '身份证号码（脱敏；完整号码须经“查看”并说明理由）' })
  @Column({ type: 'text', name: 'id_number_masked' })
  idNumberMasked: string;

  @Column({ type: 'text', name: 'id_number_hash', select: false })
  idNumberHash?: string;

  @Field({ description: '出生日期（由身份证号码得出）' })
  @Column({ type: 'date', name: 'birth_date' })
  birthDate: string;

  @Field(() => SexEnum, { description: '性别（由身份证号码得出）' })
  @Column({ type: 'text' })
  sex: Sex;

  @Column({ type: 'text', select: false, nullable: true })
  phone?: string | null;

  @Field(() => String, { name: 'phone', nullable: true, description: '联系电话（脱敏）' })
  @Column({ type: 'text', name: 'phone_masked', nullable: true })
  phoneMasked: string | null;

  @Field(() => String, { nullable: true, description: '住址' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '监护人或代理人姓名' })
  @Column({ type: 'text', name: 'guardian_name', nullable: true })
  guardianName: string | null;

  @Field(() => String, { nullable: true, description: '与参保人关系' })
  @Column({ type: 'text', name: 'guardian_relation', nullable: true })
  guardianRelation: string | null;

  @Field(() => InsuredCategoryEnum, { description: '参保类别' })
  @Column({ type: 'text' })
  category: ContributionCategory;

  @Field(() => InsuredCategoryEnum, { nullable: true, description: '未成年人：父母的参保类别' })
  @Column({ type: 'text', name: 'parents_category', nullable: true })
  parentsCategory: ContributionCategory | null;

  @Field(() => HardshipGroupEnum, { nullable: true, description: '资助参保的困难群体' })
  @Column({ type: 'text', name: 'hardship_group', nullable: true })
  hardshipGroup: HardshipGroup | null;

  @Field(() => String, { nullable: true, description: '未成年人、孤儿：参保日期（没有本人缴费时）' })
  @Column({ type: 'date', name: 'insured_since', nullable: true })
  insuredSince: string | null;

  @Field(() => String, { nullable: true, description: '死亡日期' })
  @Column({ type: 'date', name: 'death_date', nullable: true })
  deathDate: string | null;

  @Field(() => EligibilityStatusEnum, { description: '待遇资格状态（系统计算）' })
  @Column({ type: 'text', name: 'eligibility_status' })
  eligibilityStatus: EligibilityStatus;

  @Column({ type: 'date', name: 'eligibility_since', nullable: true })
  eligibilitySince: string | null;

  @Column({ type: 'date', name: 'eligibility_waiting_end', nullable: true })
  eligibilityWaitingEnd: string | null;

  @Column({ type: 'text', array: true, name: 'eligibility_suspended' })
  eligibilitySuspended: string[];

  @Column({ type: 'date', name: 'eligibility_valid_until', nullable: true })
  eligibilityValidUntil: string | null;

  @Column({ type: 'date', name: 'eligibility_as_of', nullable: true })
  eligibilityAsOf: string | null;

  @Column({ type: 'jsonb', name: 'eligibility_issues' })
  eligibilityIssues: PolicyIssue[];

  @Column({ type: 'jsonb', name: 'eligibility_trace' })
  eligibilityTrace: SharedTraceStep[];

  @Field(() => Int, { description: '版本号：修改时须提交，防止覆盖他人的修改' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  // field resolvers, through the per-request loaders
  @Field(() => ClaimantEligibilityView, { description: '待遇资格状态及其依据' })
  eligibility?: ClaimantEligibilityView;

  @Field(() => [ClaimantContribution], { description: '按月缴费记录' })
  contributions?: ClaimantContribution[];

  @Field(() => [HospitalStay], { description: '住院记录' })
  hospitalStays?: HospitalStay[];
}
