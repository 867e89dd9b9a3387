import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { CareModeEnum, CarePlanActionEnum, CarePlanStateEnum } from './care-plan.enums.js';

@InputType({ description: '护理计划列表筛选' })
export class CarePlanFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  claimantId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => CarePlanStateEnum, { nullable: true })
  state?: string;
}

export const CARE_PLAN_SORT = sortable(
  'CarePlanSortField',
  { id: 'p.id', startDate: 'p.start_date', state: 'p.state', createdAt: 'p.created_at' },
  'startDate',
);

@ArgsType()
export class CarePlanListArgs extends ListArgs {
  @Field(() => CARE_PLAN_SORT.enum, { nullable: true })
  sortField?: keyof typeof CARE_PLAN_SORT.enum;

  @Field(() => CarePlanFilter, { nullable: true })
  filter?: CarePlanFilter;
}

@InputType({ description: '服务项目及其频次' })
export class CarePlanItemInput {
  @Field({ description: '服务项目编码' })
  code: string;

  @Field(() => Int, { description: '服务频次（次/月）' })
  timesPerMonth: number;
}

@ArgsType()
export class CreateCarePlanArgs {
  @Field(() => ID)
  claimantId: string;

  @Field(() => ID, { description: '定点长护服务机构' })
  institutionId: string;

  @Field(() => CareModeEnum)
  careMode: string;

  @Field(() => String, { nullable: true })
  careSubtype?: string | null;

  @Field(() => [CarePlanItemInput], { description: '服务项目及各自的频次（秦皇岛细则第三十条、第三十一条）' })
  items: CarePlanItemInput[];

  @Field({ description: '开始日期 YYYY-MM-DD' })
  startDate: string;

  @Field(() => ID, {
    description: '所依据的评估结论：参保人最近一次生效且为重度失能的评估（等级与结论书日期取自该结论，秦皇岛细则第二十八条）',
  })
  conclusionId: string;

  @Field(() => String, { nullable: true, description: '亲情照护：照护亲属及关系' })
  familyCarer?: string | null;

  @Field(() => ID, { nullable: true, description: '变更护理方式或机构时：被替代的已备案计划' })
  replacesId?: string | null;
}

@ArgsType()
export class TransitionCarePlanArgs {
  @Field(() => ID)
  id: string;

  @Field(() => CarePlanActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（终止时必填）' })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  input?: Record<string, unknown> | null;
}
