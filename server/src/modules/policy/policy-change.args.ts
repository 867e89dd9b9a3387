import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { PolicyChangeActionEnum, PolicyChangeStateEnum } from './policy-change.enums.js';

@InputType({ description: '政策参数变更列表筛选' })
export class PolicyChangeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => PolicyChangeStateEnum, { nullable: true })
  state?: string;
}

export const POLICY_CHANGE_SORT = sortable(
  'PolicyChangeSortField',
  { id: 'c.id', effectiveFrom: 'c.effective_from', state: 'c.state', createdAt: 'c.created_at' },
  'createdAt',
);

@ArgsType()
export class PolicyChangeListArgs extends ListArgs {
  @Field(() => POLICY_CHANGE_SORT.enum, { nullable: true })
  sortField?: keyof typeof POLICY_CHANGE_SORT.enum;

  @Field(() => PolicyChangeFilter, { nullable: true })
  filter?: PolicyChangeFilter;
}

@ArgsType()
export class CreatePolicyChangeArgs {
  @Field(() => ID)
  regionId: string;

  @Field({ description: '生效日期 YYYY-MM-DD：不早于已结算月份之后（尚无结算：本月1日）' })
  effectiveFrom: string;

  @Field(() => GraphQLJSONObject, { description: '参数路径 → 新值，如 { "benefits.employees.home.monthlyCap": "1200.00" }' })
  changes: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: '变更说明（依据）' })
  note?: string | null;
}

@ArgsType()
export class TransitionPolicyChangeArgs {
  @Field(() => ID)
  id: string;

  @Field(() => PolicyChangeActionEnum)
  action: string;

  @Field(() => Int, { description: '操作时看到的版本号；已被他人改动则拒绝（CONFLICT / STALE_VERSION）' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（驳回时必填）' })
  reason?: string | null;
}
