import type { ContributionStatus } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ContributionStatusEnum } from './claimant-enums.js';

/** One month of a claimant's contributions, entered by an officer or imported from the collection system's file. */
@ObjectType({ description: '参保人月度缴费记录' })
@Entity('claimant_contributions')
export class ClaimantContribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field({ description: '缴费月份 YYYY-MM' })
  @Column({ type: 'text' })
  month: string;

  @Field(() => ContributionStatusEnum)
  @Column({ type: 'text' })
  status: ContributionStatus;

  @Field({ description: '金额（元，两位小数）' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => String, { nullable: true, description: '到账日期' })
  @Column({ type: 'date', name: 'arrived_on', nullable: true })
  arrivedOn: string | null;

  @Field({ description: 'entry 手工录入，import 征缴文件导入' })
  @Column({ type: 'text' })
  source: 'entry' | 'import';

  @Field(() => ID, { nullable: true, description: '导入任务' })
  @Column({ type: 'uuid', name: 'job_id', nullable: true })
  jobId: string | null;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** A hospital stay: benefits are suspended while in hospital (Qinhuangdao art. 34(3), Tumxuk §5(四)). */
@ObjectType({ description: '住院记录' })
@Entity('claimant_hospital_stays')
export class HospitalStay {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field({ description: '医院' })
  @Column({ type: 'text' })
  hospital: string;

  @Field({ description: '入院日期' })
  @Column({ type: 'date', name: 'admitted_on' })
  admittedOn: string;

  @Field(() => String, { nullable: true, description: '出院日期（在院时为空）' })
  @Column({ type: 'date', name: 'discharged_on', nullable: true })
  dischargedOn: string | null;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
