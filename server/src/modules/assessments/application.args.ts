import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { ApplicationActionEnum, ApplicationStateEnum, AssessmentKindEnum } from './application-enums.js';

@InputType({ description: '评估申请列表筛选' })
export class AssessmentApplicationFilter {
  /** react-admin's getMany (a reference field: a care plan's or a fee's application). */
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  claimantId?: string;

  @Field(() => ApplicationStateEnum, { nullable: true })
  state?: string;
}

export const APPLICATION_SORT = sortable('AssessmentApplicationSortField', { id: 'a.id', appliedOn: 'a.applied_on' }, 'appliedOn');

@ArgsType()
export class AssessmentApplicationListArgs extends ListArgs {
  @Field(() => APPLICATION_SORT.enum, { nullable: true })
  sortField?: keyof typeof APPLICATION_SORT.enum;

  @Field(() => AssessmentApplicationFilter, { nullable: true })
  filter?: AssessmentApplicationFilter;
}

@ArgsType()
export class CreateAssessmentApplicationArgs {
  @Field(() => ID)
  claimantId: string;

  @Field(() => AssessmentKindEnum, { defaultValue: 'initial' })
  kind: string;

  @Field({ description: '申请日期 YYYY-MM-DD' })
  appliedOn: string;

  @Field({ description: '失能状态起始日期 YYYY-MM-DD' })
  disabilitySince: string;

  @Field()
  conditionStable: boolean;

  @Field({ defaultValue: false })
  workInjury: boolean;

  @Field(() => [String], { defaultValue: [], description: '尚缺材料' })
  missingMaterials: string[];

  @Field(() => String, { nullable: true })
  supplementDueDate?: string | null;
}

@ArgsType()
export class TransitionAssessmentApplicationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: '派评估机构：{ institutionId }；专家确认结论：{ grade, expertIds }；出具结论书：{ receivedOn, lateReason }',
  })
  input?: Record<string, unknown> | null;
}
