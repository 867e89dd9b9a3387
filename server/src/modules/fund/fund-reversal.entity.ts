import type { ReversalState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { ReversalStateEnum } from './fund-enums.js';

/** A proposal to reverse a posting, moved by the fundReversal workflow: approved by a second person, the reversing posting is written. */
@ObjectType({ description: '冲正申请' })
@Entity('fund_reversals')
@regionScoped('冲正申请')
export class FundReversal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'posting_id' })
  postingId: string;

  @Field(() => ReversalStateEnum)
  @Column({ type: 'text', default: 'proposed' })
  state: ReversalState;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID, { description: '申请人' })
  @Column({ type: 'uuid', name: 'prepared_by' })
  preparedBy: string;

  @Field({ description: '冲正理由' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { nullable: true, description: '批准后写入的冲正记账' })
  @Column({ type: 'uuid', name: 'reversing_posting_id', nullable: true })
  reversingPostingId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => [WorkflowStep])
  history?: WorkflowStep[];

  @Field(() => [AllowedAction])
  allowedActions?: AllowedAction[];
}
