import type { ReversalState } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { WorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { ReversalStateEnum } from './fund-enums.js';

/** A proposal to reverse a posting, moved by the fundReversal workflow: approved by a second person, the reversing posting is written. */
@ObjectType({ description: '冲正申请' })
@Entity('fund_reversals')
@regionScoped('冲正申请')
export class FundReversal extends WorkflowEntity<ReversalState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'posting_id' })
  postingId: string;

  @Field(() => ReversalStateEnum)
  @Column({ type: 'text', default: 'proposed' })
  state: ReversalState;

  @Field({ description: '冲正理由' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { nullable: true, description: '批准后写入的冲正记账' })
  @Column({ type: 'uuid', name: 'reversing_posting_id', nullable: true })
  reversingPostingId: string | null;
}
