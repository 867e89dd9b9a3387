import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { ConsequenceKindEnum, RectificationActionEnum, RectificationStateEnum } from './supervision-enums.js';

@InputType({ description: '整改列表筛选' })
export class RectificationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  findingId?: string;

  @Field(() => RectificationStateEnum, { nullable: true })
  state?: string;

  @Field({ nullable: true, description: '未验收（整改中、逾期、已报整改）' })
  open?: boolean;
}

export const RECTIFICATION_SORT = sortable('RectificationSortField', { id: 'r.id', dueOn: 'r.due_on', state: 'r.state' }, 'dueOn');

@ArgsType()
export class RectificationListArgs extends ListArgs {
  @Field(() => RECTIFICATION_SORT.enum, { nullable: true })
  sortField?: keyof typeof RECTIFICATION_SORT.enum;

  @Field(() => RectificationFilter, { nullable: true })
  filter?: RectificationFilter;
}

@ArgsType()
export class OrderRectificationArgs {
  @Field(() => ID)
  findingId: string;

  @Field({ description: '整改期限 YYYY-MM-DD（不早于今天）' })
  dueOn: string;

  @Field({ description: '整改要求' })
  requirement: string;
}

@ArgsType()
export class TransitionRectificationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => RectificationActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ArgsType()
export class ImposeConsequenceArgs {
  @Field(() => ID)
  findingId: string;

  @Field(() => ConsequenceKindEnum)
  kind: string;

  @Field({ description: '理由与依据' })
  reason: string;

  @Field(() => String, { nullable: true, description: '金额（扣款、追回必填）' })
  amount?: string | null;

  @Field(() => [ID], { nullable: true, description: '追回涉及的已支付记录（已拨付的结算明细）' })
  records?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: '限制期限的最后一日（暂停服务协议必填，暂停拨付可填；秦皇岛细则第七十一条）',
  })
  restrictedUntil?: string | null;
}

@InputType({ description: '违规处理列表筛选' })
export class ConsequenceFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  findingId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ConsequenceKindEnum, { nullable: true })
  kind?: string;
}

export const CONSEQUENCE_SORT = sortable('ConsequenceSortField', { id: 'c.id', decidedOn: 'c.decided_on', kind: 'c.kind' }, 'decidedOn');

@ArgsType()
export class ConsequenceListArgs extends ListArgs {
  @Field(() => CONSEQUENCE_SORT.enum, { nullable: true })
  sortField?: keyof typeof CONSEQUENCE_SORT.enum;

  @Field(() => ConsequenceFilter, { nullable: true })
  filter?: ConsequenceFilter;
}
