import type { TraceStep } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/**
 * The fee of a finished assessment and who pays it (Qinhuangdao art. 27; Xinjiang art. 22), from
 * `assessmentFeePayer`: `fund` is paid to the assessment institution in the monthly settlement of
 * assessment fees (Qinhuangdao art. 54), `applicant` is collected by the institution itself, and
 * `institutionRefund` is what the first assessment's institution refunds to the fund after a
 * spot-check confirmed a change. A row with `settlementId` null is queued for its month's settlement.
 */
@ObjectType({ description: '评估费（待按月结算）' })
@Entity('assessment_fees')
@regionScoped('评估费')
export class AssessmentFee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'application_id' })
  applicationId: string;

  @Field(() => ID, { description: '评估机构' })
  @Column({ type: 'uuid', name: 'assessment_institution_id' })
  assessmentInstitutionId: string;

  @Field({ description: '结算月份 YYYY-MM' })
  @Column({ type: 'text' })
  month: string;

  @Field()
  @Column({ type: 'text' })
  kind: string;

  @Field({ description: '付费方：fund 基金、applicant 申请人、institutionRefund 评估机构退回基金' })
  @Column({ type: 'text' })
  payer: string;

  @Field({ description: '金额（元）' })
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Field(() => GraphQLJSON, { description: '付费方的判定过程' })
  @Column({ type: 'jsonb' })
  trace: TraceStep[];

  @Field(() => ID, { nullable: true, description: '已纳入的结算' })
  @Column({ type: 'uuid', name: 'settlement_id', nullable: true })
  settlementId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
