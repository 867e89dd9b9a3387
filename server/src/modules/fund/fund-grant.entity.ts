import type { FundGrantKind, FundGrantState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { WorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { FundGrantKindEnum, FundGrantStateEnum } from './fund-enums.js';

/**
 * A government subsidy or donation (Qinhuangdao art. 50 ¶1, 51; art. 15), entered with the document that
 * grants it and posted to the fiscal special account on a second fund manager's approval (fundGrant workflow).
 */
@ObjectType({ description: '财政补助与社会捐助' })
@Entity('fund_grants')
@regionScoped('财政补助与社会捐助')
export class FundGrant extends WorkflowEntity<FundGrantState> {
  @Field(() => FundGrantKindEnum)
  @Column({ type: 'text' })
  kind: FundGrantKind;

  @Field(() => FundGrantStateEnum)
  @Column({ type: 'text', default: 'proposed' })
  state: FundGrantState;

  @Field({ description: '到账（记账）日期' })
  @Column({ type: 'date' })
  date: string;

  @Field({ description: '金额（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field({ description: '资金来源（拨款单位或捐赠人）' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: '拨款文件文号或捐赠协议编号' })
  @Column({ type: 'text', name: 'document_ref' })
  documentRef: string;

  @Field(() => ID, { description: '入账账户（财政专户）' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @Field(() => ID, { nullable: true, description: '复核后写入的基金记账' })
  @Column({ type: 'uuid', name: 'posting_id', nullable: true })
  postingId: string | null;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb' })
  trace: TraceStep[];

  @Field(() => Int, { description: '已上传的批准文件数' })
  documents?: number;

  @Field(() => ID, { nullable: true, description: '冲正其记账的记账（入账有误时经冲正更正）' })
  reversedBy?: string | null;
}
