import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { AgreementActionEnum, AgreementStateEnum } from './agreement-enums.js';

@InputType({ description: '服务协议列表筛选' })
export class ServiceAgreementFilter {
  @Field({ nullable: true, description: '按协议编号模糊搜索' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => AgreementStateEnum, { nullable: true })
  state?: string;

  @Field({ nullable: true, description: '终止日期不晚于（含）' })
  endsBefore?: string;
}

export const AGREEMENT_SORT = sortable(
  'ServiceAgreementSortField',
  { id: 'a.id', number: 'a.number', startDate: 'a.start_date', endDate: 'a.end_date', state: 'a.state', createdAt: 'a.created_at' },
  'endDate',
);

@ArgsType()
export class ServiceAgreementListArgs extends ListArgs {
  @Field(() => AGREEMENT_SORT.enum, { nullable: true })
  sortField?: keyof typeof AGREEMENT_SORT.enum;

  @Field(() => ServiceAgreementFilter, { nullable: true })
  filter?: ServiceAgreementFilter;
}

@ArgsType()
export class CreateServiceAgreementArgs {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '协议编号' })
  number: string;

  @Field({ description: '起始日期 YYYY-MM-DD' })
  startDate: string;

  @Field({ description: '终止日期 YYYY-MM-DD（通常为一年，新疆办法第十条）' })
  endDate: string;

  @Field(() => String, { nullable: true, description: '约定评估费（元/次，如 "180.00"；仅评估机构，新疆办法第二十二条）' })
  assessmentFee?: string | null;
}

/** A draft's number and term; the state changes only through `transitionServiceAgreement`. */
@ArgsType()
export class UpdateServiceAgreementArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field({ nullable: true })
  number?: string;

  @Field({ nullable: true })
  startDate?: string;

  @Field({ nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true, description: '约定评估费（元/次；传空字符串清除；仅评估机构，新疆办法第二十二条）' })
  assessmentFee?: string | null;
}

@ArgsType()
export class TransitionServiceAgreementArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AgreementActionEnum)
  action: string;

  @Field(() => Int, { description: '操作时看到的版本号；已被他人改动则拒绝（CONFLICT / STALE_VERSION）' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（暂停、解除、驳回时必填）' })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '解除时：{ kind, date }' })
  input?: Record<string, unknown> | null;
}
