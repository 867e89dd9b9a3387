import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PostingKindEnum } from './fund-enums.js';

/** Debits and credits of one account in one month by posting kind, kept by each posting's own transaction. */
@ObjectType({ description: '基金月度汇总（按账户、类别）' })
@Entity('fund_monthly')
export class FundMonthly {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Field()
  @PrimaryColumn({ type: 'text' })
  month: string;

  @Field(() => PostingKindEnum)
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field()
  @Column({ type: 'numeric', precision: 18, scale: 2 })
  debit: string;

  @Field()
  @Column({ type: 'numeric', precision: 18, scale: 2 })
  credit: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  postings: number;
}
