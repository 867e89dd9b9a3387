import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { Institution } from './institution.entity.js';

/** A major information change of an institution, approved by the authorities (Xinjiang art. 21). */
@ObjectType({ description: '机构重大信息变更（新疆办法第二十一条）' })
@Entity('institution_info_changes')
@regionScoped('信息变更')
export class InfoChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field({ description: '有关部门批准变更的日期' })
  @Column({ type: 'date', name: 'approval_date' })
  approvalDate: string;

  @Field(() => [String], { description: '变更事项：name、legalRepresentative、bankAccount…' })
  @Column({ type: 'text', array: true })
  changes: string[];

  @Field(() => String, { nullable: true, description: '向经办机构申请变更的日期' })
  @Column({ type: 'date', name: 'applied_on', nullable: true })
  appliedOn: string | null;

  @Field(() => String, { nullable: true, description: '申请截止日：批准之日起30个工作日（按官方工作日历）' })
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否逾期申请' })
  @Column({ type: 'boolean', nullable: true })
  late: boolean | null;

  @Field(() => [GraphQLJSONObject], { nullable: true, description: '截止日的计算过程' })
  @Column({ type: 'jsonb', nullable: true })
  trace: Record<string, unknown>[] | null;

  @Field(() => Boolean, { nullable: true, description: '变更后是否仍符合定点条件' })
  @Column({ type: 'boolean', name: 'qualifies_after', nullable: true })
  qualifiesAfter: boolean | null;

  @Field(() => String, { nullable: true, description: '审核意见' })
  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', name: 'concluded_on', nullable: true })
  concludedOn: string | null;

  @Field(() => ID, { nullable: true, description: '不再符合条件时提请解除的服务协议（待另一人批准）' })
  @Column({ type: 'uuid', name: 'agreement_id', nullable: true })
  agreementId: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field(() => Institution)
  institution?: Institution;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
