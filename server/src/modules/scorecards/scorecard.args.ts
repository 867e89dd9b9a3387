import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { AnnualScorecardActionEnum, AnnualScorecardStateEnum } from './scorecard-enums.js';

@InputType({ description: '年度考核评分表列表筛选' })
export class AnnualScorecardFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => AnnualScorecardStateEnum, { nullable: true })
  state?: string;
}

export const SCORECARD_SORT = sortable(
  'AnnualScorecardSortField',
  { id: 's.id', year: 's.year', total: 's.total', state: 's.state', updatedAt: 's.updated_at' },
  'total',
);

@ArgsType()
export class AnnualScorecardListArgs extends ListArgs {
  @Field(() => SCORECARD_SORT.enum, { nullable: true })
  sortField?: keyof typeof SCORECARD_SORT.enum;

  @Field(() => AnnualScorecardFilter, { nullable: true })
  filter?: AnnualScorecardFilter;
}

@ArgsType()
export class OpenAnnualScorecardArgs {
  @Field(() => ID)
  institutionId: string;

  @Field(() => Int, { description: '考核年度' })
  year: number;
}

@ArgsType()
export class RecordScorecardEventArgs {
  @Field(() => ID)
  scorecardId: string;

  @Field({ description: '事项类型（模板中的编号）' })
  type: string;

  @Field({ description: '发生日期 YYYY-MM-DD' })
  occurredOn: string;

  @Field(() => Int, { description: '次数（超范围服务为单数）' })
  count: number;

  @Field(() => ID, { nullable: true, description: '发生县区（拒单须填，常州评分标准第十一项(1)）' })
  districtId?: string | null;

  @Field(() => String, { nullable: true, description: '申报日期（有 30 日时限的事项）' })
  reportedOn?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '事项须说明的情形，如 { institutionAtFault: true }' })
  flags?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class WithdrawScorecardEventArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '撤销理由' })
  reason: string;
}

@ArgsType()
export class TransitionAnnualScorecardArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AnnualScorecardActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（退回、重新开启时必填）' })
  reason?: string | null;
}

@ArgsType()
export class RecordMonthlyCountArgs {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '月份 YYYY-MM' })
  month: string;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int, { defaultValue: 0 })
  surveyed: number;

  @Field(() => Int, { defaultValue: 0 })
  satisfied: number;
}

@InputType({ description: '月度数据筛选' })
export class MonthlyCountFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}

export const MONTHLY_SORT = sortable('MonthlyCountSortField', { id: 'm.id', month: 'm.month' }, 'month');

@ArgsType()
export class MonthlyCountListArgs extends ListArgs {
  @Field(() => MONTHLY_SORT.enum, { nullable: true })
  sortField?: keyof typeof MONTHLY_SORT.enum;

  @Field(() => MonthlyCountFilter, { nullable: true })
  filter?: MonthlyCountFilter;
}

@ArgsType()
export class ScorecardRankingArgs {
  @Field(() => ID)
  regionId: string;

  @Field(() => Int)
  year: number;
}
