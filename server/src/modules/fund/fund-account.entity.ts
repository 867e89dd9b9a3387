import type { AccountKind } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { FundAccountKindEnum } from './fund-enums.js';

/** One account of a region's fund ledger; its balance is never stored, always summed from the ledger. */
@ObjectType({ description: '基金账户' })
@Entity('fund_accounts')
@regionScoped('基金账户')
export class FundAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => FundAccountKindEnum)
  @Column({ type: 'text' })
  kind: AccountKind;

  @Field(() => String, { nullable: true, description: '县（区）代码' })
  @Column({ type: 'text', name: 'county_code', nullable: true })
  countyCode: string | null;

  @Field(() => ID, { nullable: true, description: '县区支出户所属县区（县区表）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field({ description: '是否基金自有账户（财政专户、支出户）' })
  isFund?: boolean;

  @Field({ description: '余额（借方合计 − 贷方合计，按记账流水计算）' })
  balance?: string;
}
