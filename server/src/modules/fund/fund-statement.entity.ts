import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/** A bank statement's closing balance of one fund account for one month, matched against the ledger (账实相符). */
@ObjectType({ description: '银行对账单（按账户、月份）' })
@Entity('fund_bank_statements')
@regionScoped('银行对账单')
export class FundBankStatement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Field({ description: '月份 YYYY-MM' })
  @Column({ type: 'text' })
  month: string;

  @Field({ description: '对账单月末余额（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2, name: 'closing_balance' })
  closingBalance: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;

  @Field({ description: '同月月末账面余额（按记账流水）' })
  ledgerBalance?: string;

  @Field({ description: '差额 = 对账单 − 账面；0 为相符' })
  difference?: string;
}
