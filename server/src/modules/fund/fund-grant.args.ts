import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, SortOrder, sortable } from '../../common/list-args.js';
import { FundGrantActionEnum, FundGrantKindEnum, FundGrantStateEnum } from './fund-enums.js';

@InputType({ description: '财政补助与社会捐助筛选' })
export class FundGrantFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => FundGrantKindEnum, { nullable: true }) kind?: string;
  @Field(() => FundGrantStateEnum, { nullable: true }) state?: string;
}

export const GRANT_SORT = sortable(
  'FundGrantSortField',
  { id: 'g.id', date: 'g.date', state: 'g.state', kind: 'g.kind', amount: 'g.amount' },
  'date',
  SortOrder.DESC,
);

@ArgsType()
export class FundGrantListArgs extends ListArgs {
  @Field(() => GRANT_SORT.enum, { nullable: true }) sortField?: keyof typeof GRANT_SORT.enum;
  @Field(() => FundGrantFilter, { nullable: true }) filter?: FundGrantFilter;
}

@ArgsType()
export class CreateFundGrantArgs {
  @Field(() => ID) regionId: string;
  @Field(() => FundGrantKindEnum) kind: string;
  @Field({ description: '到账（记账）日期 YYYY-MM-DD' }) date: string;
  @Field({ description: '金额（元），大于零，最多两位小数' }) amount: string;
  @Field({ description: '资金来源（拨款单位或捐赠人）' }) source: string;
  @Field({ description: '拨款文件文号或捐赠协议编号' }) documentRef: string;
  @Field(() => ID, { description: '入账账户（财政专户）' }) accountId: string;
  @Field(() => String, { nullable: true }) memo?: string | null;
}

@ArgsType()
export class TransitionFundGrantArgs {
  @Field(() => ID) id: string;
  @Field(() => FundGrantActionEnum) action: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true, description: '理由（驳回时必填）' }) reason?: string | null;
}
