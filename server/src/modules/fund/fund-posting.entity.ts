import type { PostingKind, Side } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { PostingKindEnum, PostingSideEnum } from './fund-enums.js';

/** One line of a posting: an account, a side and a positive amount. Insert-only. */
@ObjectType({ description: '记账分录行' })
@Entity('fund_posting_lines')
export class FundPostingLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'posting_id' })
  postingId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => PostingSideEnum)
  @Column({ type: 'text' })
  side: Side;

  @Field({ description: '金额（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;
}

/** A balanced double-entry posting (Qinhuangdao art. 49–52): written once, never changed; undone only by a reversing posting. */
@ObjectType({ description: '基金记账（只增不改）' })
@Entity('fund_postings')
@regionScoped('基金记账')
export class FundPosting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: '记账序号' })
  @Column({ type: 'bigint', insert: false, update: false })
  number: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => PostingKindEnum)
  @Column({ type: 'text' })
  kind: PostingKind;

  @Field({ description: '记账日期' })
  @Column({ type: 'date' })
  date: string;

  @Field({ description: '金额（借方合计＝贷方合计）' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => String, { nullable: true, description: '参保类别（税务征缴收入）' })
  @Column({ type: 'text', name: 'insured_category', nullable: true })
  insuredCategory: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  memo: string | null;

  @Field(() => ID, { nullable: true, description: '所冲正的记账' })
  @Column({ type: 'uuid', name: 'reversal_of', nullable: true })
  reversalOf: string | null;

  @Column({ type: 'text', name: 'import_key', nullable: true })
  importKey: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'posted_by' })
  postedBy: string;

  @Field()
  @Column({ type: 'text', name: 'posted_by_name' })
  postedByName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb' })
  trace: TraceStep[];

  @Field(() => [FundPostingLine])
  lines?: FundPostingLine[];

  @Field(() => ID, { nullable: true, description: '冲正它的记账' })
  reversedBy?: string | null;
}
