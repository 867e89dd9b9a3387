import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, SortOrder, sortable } from '../../common/list-args.js';
import { SettlementKindEnum, SettlementRunActionEnum, SettlementRunStateEnum } from './settlement-enums.js';

@InputType({ description: '月度结算列表筛选' })
export class SettlementRunFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => SettlementRunStateEnum, { nullable: true })
  state?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month?: string;
}

export const SETTLEMENT_RUN_SORT = sortable(
  'SettlementRunSortField',
  { id: 'r.id', month: 'r.month', state: 'r.state', createdAt: 'r.created_at' },
  'month',
  SortOrder.DESC,
);

@ArgsType()
export class SettlementRunListArgs extends ListArgs {
  @Field(() => SETTLEMENT_RUN_SORT.enum, { nullable: true })
  sortField?: keyof typeof SETTLEMENT_RUN_SORT.enum;

  @Field(() => SettlementRunFilter, { nullable: true })
  filter?: SettlementRunFilter;
}

@ArgsType()
export class StartSettlementRunArgs {
  @Field(() => ID)
  regionId: string;

  @Field(() => ID, { nullable: true, description: '县（区）；不填为市级' })
  countyId?: string | null;

  @Field({ description: '结算月份 YYYY-MM（上月或更早）' })
  month: string;

  @Field(() => SettlementKindEnum, { nullable: true, defaultValue: 'care' })
  kind?: string;
}

@ArgsType()
export class TransitionSettlementRunArgs {
  @Field(() => ID)
  id: string;

  @Field(() => SettlementRunActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（退回时必填）' })
  reason?: string | null;
}

export const SETTLEMENT_LINE_SORT = sortable(
  'SettlementLineSortField',
  { fundAmount: 'l.fund_amount', billed: 'l.billed', claimantId: 'l.claimant_id' },
  'fundAmount',
  SortOrder.DESC,
);

@ArgsType()
export class SettlementLinesArgs extends ListArgs {
  @Field(() => ID)
  sheetId: string;

  @Field(() => SETTLEMENT_LINE_SORT.enum, { nullable: true })
  sortField?: keyof typeof SETTLEMENT_LINE_SORT.enum;
}

@ArgsType()
export class BenefitStatementArgs {
  @Field(() => ID)
  claimantId: string;

  @Field({ description: '月份 YYYY-MM' })
  month: string;
}

@ArgsType()
export class StatementComplaintArgs {
  @Field(() => ID)
  claimantId: string;

  @Field({ description: '月份 YYYY-MM' })
  month: string;

  @Field(() => ID, { description: '被投诉的机构（结算单上的机构）' })
  institutionId: string;

  @Field({ description: '投诉人（参保人或监护人）' })
  complainant: string;

  @Field({ description: '投诉内容' })
  content: string;
}
