import type { TpaFeePaymentState, TpaRectificationState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { TpaFeePaymentStateEnum, TpaRectificationStateEnum } from './tpa-enums.js';

/** A quarter's fee payment (Qinhuangdao art. 63): proposed, then paid through the ledger on a second fund manager's approval. */
@ObjectType({ description: '经办服务费拨付' })
@Entity('tpa_fee_payments')
@regionScoped('经办服务费拨付')
export class TpaFeePayment extends WorkflowEntity<TpaFeePaymentState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'tpa_institution_id' })
  tpaInstitutionId: string;

  @Field(() => Int, { description: '考核年度' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  quarter: number;

  @Field({ description: '拨付（记账）日期' })
  @Column({ type: 'date' })
  date: string;

  @Field()
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => TpaFeePaymentStateEnum)
  @Column({ type: 'text', default: 'proposed' })
  state: TpaFeePaymentState;

  @Field(() => ID, { nullable: true, description: '拨付后写入的基金记账' })
  @Column({ type: 'uuid', name: 'posting_id', nullable: true })
  postingId: string | null;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb' })
  trace: TraceStep[];
}

/** Interview and rectification by a due date after a poor result (Tianjin art. 20). */
@ObjectType({ description: '约谈与限期整改' })
@Entity('tpa_rectifications')
@regionScoped('约谈整改')
export class TpaRectification extends WorkflowEntity<TpaRectificationState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'tpa_institution_id' })
  tpaInstitutionId: string;

  @Field()
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  score: string;

  @Field({ description: '整改期限' })
  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Field(() => TpaRectificationStateEnum)
  @Column({ type: 'text', default: 'open' })
  state: TpaRectificationState;
}
