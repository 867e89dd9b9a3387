import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { ComplaintActionEnum, ComplaintChannelEnum, ComplaintKindEnum, ComplaintStateEnum } from './complaint-enums.js';

@InputType({ description: '投诉列表筛选' })
export class ComplaintFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ComplaintStateEnum, { nullable: true })
  state?: string;
}

export const COMPLAINT_SORT = sortable('ComplaintSortField', { id: 'c.id', receivedOn: 'c.received_on', state: 'c.state' }, 'receivedOn');

@ArgsType()
export class ComplaintListArgs extends ListArgs {
  @Field(() => COMPLAINT_SORT.enum, { nullable: true })
  sortField?: keyof typeof COMPLAINT_SORT.enum;

  @Field(() => ComplaintFilter, { nullable: true })
  filter?: ComplaintFilter;
}

@ArgsType()
export class CreateComplaintArgs {
  @Field(() => ID)
  institutionId: string;

  @Field(() => ComplaintChannelEnum)
  channel: string;

  @Field(() => ComplaintKindEnum)
  kind: string;

  @Field({ description: '受理日期 YYYY-MM-DD' })
  receivedOn: string;

  @Field({ description: '投诉人' })
  complainant: string;

  @Field({ description: '投诉内容' })
  content: string;

  @Field(() => ID, { nullable: true, description: '所涉参保人（可选，记入其一人一档）' })
  claimantId?: string | null;
}

/** The investigation's notes; the state and the result change only through `transitionComplaint`. */
@ArgsType()
export class UpdateComplaintArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  investigation?: string | null;
}

@ArgsType()
export class TransitionComplaintArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ComplaintActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（认定查实或不属实时必填）' })
  reason?: string | null;
}
