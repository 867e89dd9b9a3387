import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { SanctionActionEnum, SanctionKindEnum, SanctionStateEnum } from './sanction.entity.js';

@InputType({ description: '待遇资格处理列表筛选' })
export class SanctionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  claimantId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => SanctionStateEnum, { nullable: true })
  state?: string;
}

export const SANCTION_SORT = sortable(
  'SanctionSortField',
  { id: 's.id', startsOn: 's.starts_on', endsOn: 's.ends_on', state: 's.state', createdAt: 's.created_at' },
  'startsOn',
);

@ArgsType()
export class SanctionListArgs extends ListArgs {
  @Field(() => SANCTION_SORT.enum, { nullable: true })
  sortField?: keyof typeof SANCTION_SORT.enum;

  @Field(() => SanctionFilter, { nullable: true })
  filter?: SanctionFilter;
}

@ArgsType()
export class CreateSanctionArgs {
  @Field(() => ID)
  claimantId: string;

  @Field(() => SanctionKindEnum)
  kind: string;

  @Field({ description: '开始日期 YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: '期限届满日 YYYY-MM-DD（最后一天）' })
  endsOn: string;

  @Field({ description: '违规情节' })
  reason: string;
}

@ArgsType()
export class TransitionSanctionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => SanctionActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '恢复：{ appliedOn } 重新申请日期' })
  input?: Record<string, unknown> | null;
}
