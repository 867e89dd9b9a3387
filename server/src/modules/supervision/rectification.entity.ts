import type { RectificationState } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';
import { type ConsequenceKind, ConsequenceKindEnum, RectificationStateEnum } from './supervision-enums.js';

/** An order to rectify a finding by a due date (Qinhuangdao art. 68), followed up to its verification. */
@ObjectType({ description: '责令整改' })
@Entity('rectifications')
@regionScoped('责令整改', { countyColumn: 'county_id' })
export class Rectification extends EditableWorkflowEntity<RectificationState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'finding_id' })
  findingId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '责令整改日期' })
  @Column({ type: 'date', name: 'ordered_on' })
  orderedOn: string;

  @Field({ description: '整改期限' })
  @Column({ type: 'date', name: 'due_on' })
  dueOn: string;

  @Field({ description: '整改要求' })
  @Column({ type: 'text' })
  requirement: string;

  @Field(() => RectificationStateEnum)
  @Column({ type: 'text', default: 'ordered' })
  state: RectificationState;

  @Field(() => ID, { nullable: true, description: '对应的年度考核事项' })
  @Column({ type: 'uuid', name: 'scorecard_event_id', nullable: true })
  scorecardEventId: string | null;

  @Field(() => Institution)
  institution?: Institution;
}

@ObjectType({ description: '追回涉及的已支付记录（已拨付的结算明细）' })
export class RecoveryRecord {
  @Field(() => ID, { description: '结算明细（已拨付的结算单中的一行）' })
  id: string;

  @Field(() => String, { nullable: true, description: '结算月份' })
  month?: string | null;

  @Field({ description: '该记录已支付金额' })
  paid: string;

  @Field({ description: '此前已追回金额' })
  recovered: string;

  @Field({ description: '本次追回中计入该记录的金额' })
  allocated: string;
}

/** A consequence of a finding other than a rectification order (Qinhuangdao art. 68; Xinjiang art. 25). */
@ObjectType({ description: '违规处理' })
@Entity('supervision_consequences')
@regionScoped('违规处理', { countyColumn: 'county_id' })
export class SupervisionConsequence {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'finding_id' })
  findingId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ConsequenceKindEnum)
  @Column({ type: 'text' })
  kind: ConsequenceKind;

  @Field(() => String, { nullable: true, description: '金额（扣款、追回）' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount: string | null;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'date', name: 'decided_on' })
  decidedOn: string;

  @Field(() => String, { nullable: true, description: '限制（暂停）期限的最后一日：届满后方可重新申请恢复（秦皇岛细则第七十一条）' })
  @Column({ type: 'date', name: 'restricted_until', nullable: true })
  restrictedUntil: string | null;

  @Field(() => ID, { nullable: true, description: '暂停的服务协议' })
  @Column({ type: 'uuid', name: 'agreement_id', nullable: true })
  agreementId: string | null;

  @Field(() => ID, { nullable: true, description: '追回记账凭证' })
  @Column({ type: 'uuid', name: 'posting_id', nullable: true })
  postingId: string | null;

  @Field(() => [RecoveryRecord])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  records: RecoveryRecord[];

  @Field({ description: '已报告医保行政部门（新疆细则第二十五条）' })
  @Column({ type: 'boolean', name: 'reported_to_department', default: false })
  reportedToDepartment: boolean;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'scorecard_event_id', nullable: true })
  scorecardEventId: string | null;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  trace: TraceStep[];

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'decided_by' })
  decidedBy: string;

  @Field()
  @Column({ type: 'text', name: 'decided_by_name' })
  decidedByName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
