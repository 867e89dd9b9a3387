import { Field, ID, ObjectType } from 'type-graphql';
import { TraceStep } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';
import { SettlementRecordPayment } from './settlement-run.entity.js';

/** One institution's part of a claimant's month: what it declared in their name and what was paid. */
@ObjectType({ description: '待遇结算单中一家机构的明细' })
export class BenefitStatementLine {
  @Field(() => ID)
  runId: string;

  @Field({ description: '结算状态' })
  runState: string;

  @Field(() => ID)
  institutionId: string;

  @Field(() => Institution, { nullable: true })
  institution?: Institution | null;

  @Field()
  billed: string;

  @Field()
  excluded: string;

  @Field({ description: '基金支付' })
  fundAmount: string;

  @Field({ description: '个人负担' })
  claimantAmount: string;

  @Field()
  unsettled: string;

  @Field(() => [SettlementRecordPayment])
  detail: SettlementRecordPayment[];

  @Field(() => [TraceStep])
  trace: TraceStep[];
}

/** A claimant's statement for a month (Qinhuangdao art. 32, 64): declared in their name and paid, to check and to complain about. */
@ObjectType({ description: '参保人待遇结算单' })
export class BenefitStatement {
  @Field(() => ID)
  claimantId: string;

  @Field()
  month: string;

  @Field({ description: '参保人姓名' })
  name: string;

  @Field({ description: '身份证号（脱敏）' })
  idNumberMasked: string;

  @Field(() => [BenefitStatementLine])
  lines: BenefitStatementLine[];

  @Field({ description: '申报合计' })
  billed: string;

  @Field({ description: '基金支付合计' })
  fundAmount: string;

  @Field({ description: '个人负担合计' })
  claimantAmount: string;
}
