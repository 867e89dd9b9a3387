import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, SortOrder, sortable } from '../../common/list-args.js';

@InputType({ description: '银行对账单筛选' })
export class FundBankStatementFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  accountId?: string;

  @Field({ nullable: true, description: '月份 YYYY-MM' })
  month?: string;
}

export const STATEMENT_SORT = sortable('FundBankStatementSortField', { id: 's.id', month: 's.month' }, 'month', SortOrder.DESC);

@ArgsType()
export class FundBankStatementListArgs extends ListArgs {
  @Field(() => STATEMENT_SORT.enum, { nullable: true })
  sortField?: keyof typeof STATEMENT_SORT.enum;

  @Field(() => FundBankStatementFilter, { nullable: true })
  filter?: FundBankStatementFilter;
}

@ArgsType()
export class RecordBankStatementArgs {
  @Field(() => ID)
  accountId: string;

  @Field({ description: '月份 YYYY-MM' })
  month: string;

  @Field({ description: '对账单月末余额（元），最多两位小数' })
  closingBalance: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class FundDashboardArgs {
  @Field(() => ID)
  regionId: string;
}

@ArgsType()
export class FundIncomeStatementArgs {
  @Field(() => ID)
  regionId: string;

  @Field({ description: 'YYYY-MM（月报）或 YYYY（年报）' })
  period: string;
}
