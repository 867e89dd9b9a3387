import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import {
  FundAccountKindEnum,
  PostingKindEnum,
  PostingSideEnum,
  ReversalActionEnum,
  ReversalStateEnum,
  WarningStateEnum,
} from './fund-enums.js';

@InputType({ description: '基金账户筛选' })
export class FundAccountFilter {
  /** react-admin's getMany (a reference field: a grant's or a posting's account). */
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => FundAccountKindEnum, { nullable: true })
  kind?: string;

  @Field({ nullable: true, description: 'true：只看基金自有账户' })
  fundOnly?: boolean;
}

export const ACCOUNT_SORT = sortable('FundAccountSortField', { id: 'a.id', kind: 'a.kind', name: 'a.name' }, 'kind');

@ArgsType()
export class FundAccountListArgs extends ListArgs {
  @Field(() => ACCOUNT_SORT.enum, { nullable: true })
  sortField?: keyof typeof ACCOUNT_SORT.enum;

  @Field(() => FundAccountFilter, { nullable: true })
  filter?: FundAccountFilter;
}

@InputType({ description: '记账筛选' })
export class FundPostingFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => PostingKindEnum, { nullable: true })
  kind?: string;

  @Field(() => ID, { nullable: true, description: '涉及该账户的记账' })
  accountId?: string;

  @Field({ nullable: true, description: '记账日期不早于 YYYY-MM-DD' })
  from?: string;

  @Field({ nullable: true, description: '记账日期不晚于 YYYY-MM-DD' })
  to?: string;
}

export const POSTING_SORT = sortable(
  'FundPostingSortField',
  { id: 'p.id', number: 'p.number', date: 'p.date', amount: 'p.amount', kind: 'p.kind' },
  'number',
);

@ArgsType()
export class FundPostingListArgs extends ListArgs {
  @Field(() => POSTING_SORT.enum, { nullable: true })
  sortField?: keyof typeof POSTING_SORT.enum;

  @Field(() => FundPostingFilter, { nullable: true })
  filter?: FundPostingFilter;
}

@InputType({ description: '记账分录行' })
export class FundPostingLineInput {
  @Field(() => ID)
  accountId: string;

  @Field(() => PostingSideEnum)
  side: 'debit' | 'credit';

  @Field({ description: '金额（元），大于零，最多两位小数' })
  amount: string;
}

@ArgsType()
export class PostFundArgs {
  @Field(() => ID)
  regionId: string;

  @Field(() => PostingKindEnum)
  kind: string;

  @Field({ description: '记账日期 YYYY-MM-DD' })
  date: string;

  @Field(() => [FundPostingLineInput])
  lines: FundPostingLineInput[];

  @Field(() => String, { nullable: true, description: '参保类别（税务征缴收入必填）' })
  insuredCategory?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;
}

@InputType({ description: '冲正申请筛选' })
export class FundReversalFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ReversalStateEnum, { nullable: true })
  state?: string;
}

export const REVERSAL_SORT = sortable('FundReversalSortField', { id: 'r.id', createdAt: 'r.created_at', state: 'r.state' }, 'createdAt');

@ArgsType()
export class FundReversalListArgs extends ListArgs {
  @Field(() => REVERSAL_SORT.enum, { nullable: true })
  sortField?: keyof typeof REVERSAL_SORT.enum;

  @Field(() => FundReversalFilter, { nullable: true })
  filter?: FundReversalFilter;
}

@ArgsType()
export class ProposeFundReversalArgs {
  @Field(() => ID)
  postingId: string;

  @Field({ description: '冲正理由' })
  reason: string;
}

@ArgsType()
export class TransitionFundReversalArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ReversalActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（驳回时必填）' })
  reason?: string | null;
}

@ArgsType()
export class FundMonthlyArgs {
  @Field(() => ID)
  regionId: string;

  @Field({ description: '起始月份 YYYY-MM' })
  from: string;

  @Field({ description: '截止月份 YYYY-MM' })
  to: string;

  @Field(() => ID, { nullable: true })
  accountId?: string;
}

@InputType({ description: '基金预警筛选' })
export class FundWarningFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => WarningStateEnum, { nullable: true })
  state?: string;
}

export const WARNING_SORT = sortable('FundWarningSortField', { id: 'w.id', raisedAt: 'w.raised_at', code: 'w.code' }, 'raisedAt');

@ArgsType()
export class FundWarningListArgs extends ListArgs {
  @Field(() => WARNING_SORT.enum, { nullable: true })
  sortField?: keyof typeof WARNING_SORT.enum;

  @Field(() => FundWarningFilter, { nullable: true })
  filter?: FundWarningFilter;
}

@ArgsType()
export class AcknowledgeFundWarningArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '确认说明' })
  note: string;
}
