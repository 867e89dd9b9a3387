import type { AssessorRemovalGround } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AssessorRemovalGroundEnum } from './staff-enums.js';

/** A certificate a staff member holds (qualification, title), with its expiry (Xinjiang art. 6(2), 7(3)). */
@ObjectType({ description: '人员资格证书' })
@Entity('staff_certificates')
export class StaffCertificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'staff_id' })
  staffId: string;

  @Field({ description: '证书名称（职业资格、职称等）' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: '证书编号' })
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Field(() => String, { nullable: true, description: '有效期至' })
  @Column({ type: 'date', name: 'expires_on', nullable: true })
  expiresOn: string | null;
}

/** A training an assessor or expert took (Xinjiang art. 15: 培训考核合格后上岗). */
@ObjectType({ description: '评估人员培训记录' })
@Entity('assessor_trainings')
export class AssessorTraining {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'staff_id' })
  staffId: string;

  @Field({ description: '培训日期' })
  @Column({ type: 'date', name: 'trained_on' })
  trainedOn: string;

  @Field({ description: '学时' })
  @Column({ type: 'numeric', precision: 4, scale: 1 })
  hours: string;

  @Field({ description: '考核合格' })
  @Column({ type: 'boolean' })
  passed: boolean;

  @Field(() => String, { nullable: true, description: '课程' })
  @Column({ type: 'text', nullable: true })
  course: string | null;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

/** A person working for an institution: assessor, expert, LTCI manager, IT, carer… The assessors and experts of assessment institutions are the pool (Xinjiang art. 16). */
@ObjectType({ description: '机构人员' })
@Entity('staff')
@regionScoped('机构人员', { countyColumn: 'county_id' })
@Index(['institutionId'])
export class Staff {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  /** assessor | expert | manager (LTCI manager) | it | carer | nurse | other */
  @Field()
  @Column({ type: 'text' })
  role: string;

  /** none | junior | intermediate | senior (职称) */
  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int, { nullable: true, description: '从事相关专业工作年限（新疆细则第六条第二项）' })
  @Column({ type: 'int', name: 'years_in_field', nullable: true })
  yearsInField: number | null;

  @Field()
  @Column({ type: 'boolean', name: 'full_time' })
  fullTime: boolean;

  /** The first certificate's number, kept for the exports that read it. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'certificate_no', nullable: true })
  certificateNo: string | null;

  @Field(() => String, { nullable: true, description: '医保信息平台评估人员编码（新疆细则第十九条）' })
  @Column({ type: 'text', name: 'national_code', nullable: true })
  nationalCode: string | null;

  @Field(() => AssessorRemovalGroundEnum, { nullable: true, description: '移出评估人员库的情形（新疆细则第十六条第二款），永久' })
  @Column({ type: 'text', name: 'removed_for', nullable: true })
  removedFor: AssessorRemovalGround | null;

  @Field(() => String, { nullable: true, description: '移出理由' })
  @Column({ type: 'text', name: 'removal_reason', nullable: true })
  removalReason: string | null;

  @Field(() => Date, { nullable: true, description: '移出时间' })
  @Column({ type: 'timestamptz', name: 'removed_at', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', name: 'removed_by', nullable: true })
  removedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /**
   * Carers (护理人员, issue 13): identity number, kept like a claimant's (whole number never selected,
   * masked copy shown, HMAC for search). The settlement and the audit read a carer's institution and
   * certificates' `expiresOn` (the qualification) through `role = 'carer'`.
   */
  @Column({ type: 'text', name: 'id_number', nullable: true, select: false })
  idNumber?: string | null;

  @Field(() => String, { name: 'idNumber', nullable: true, description: '身份证号码（脱敏）' })
  @Column({ type: 'text', name: 'id_number_masked', nullable: true })
  idNumberMasked: string | null;

  @Column({ type: 'text', name: 'id_number_hash', nullable: true, select: false })
  idNumberHash?: string | null;

  // Resolved through per-request DataLoaders (staff.resolver.ts), never stored here.
  @Field(() => [StaffCertificate])
  certificates?: StaffCertificate[];

  @Field(() => [AssessorTraining])
  trainings?: AssessorTraining[];

  @Field({ description: '已参加培训并考核合格（新疆细则第十五条）' })
  trained?: boolean;

  @Field({ description: '在评估人员库中（评估机构的评估员、评估专家，未被移出）' })
  inPool?: boolean;

  @Field(() => String, { nullable: true, description: '所属机构名称' })
  institutionName?: string | null;
}
