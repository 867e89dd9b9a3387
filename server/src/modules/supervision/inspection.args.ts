import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { FindingCategoryEnum, InspectionActionEnum, InspectionKindEnum, InspectionStateEnum } from './supervision-enums.js';

@InputType({ description: '监督检查列表筛选' })
export class InspectionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => InspectionStateEnum, { nullable: true })
  state?: string;

  @Field(() => InspectionKindEnum, { nullable: true })
  kind?: string;

  @Field(() => ID, { nullable: true, description: '检查对象' })
  institutionId?: string;
}

export const INSPECTION_SORT = sortable('InspectionSortField', { id: 'i.id', plannedOn: 'i.planned_on', state: 'i.state' }, 'plannedOn');

@ArgsType()
export class InspectionListArgs extends ListArgs {
  @Field(() => INSPECTION_SORT.enum, { nullable: true })
  sortField?: keyof typeof INSPECTION_SORT.enum;

  @Field(() => InspectionFilter, { nullable: true })
  filter?: InspectionFilter;
}

@InputType({ description: '随机抽取检查对象（种子可复现）' })
export class RandomTargetsInput {
  @Field(() => Int, { description: '抽取数量' })
  count: number;

  @Field(() => Int, { nullable: true, description: '随机种子（不填则由系统生成并记录）' })
  seed?: number | null;

  @Field(() => [String], { nullable: true, description: '机构类型：assessment / care / tpa（不填为全部）' })
  kinds?: string[] | null;
}

@InputType({ description: '检查清单项的结果' })
export class ChecklistItemInput {
  @Field()
  item: string;

  @Field(() => String, { nullable: true, description: 'pass / fail / na' })
  result?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class CreateInspectionArgs {
  @Field(() => ID)
  regionId: string;

  @Field(() => ID, { nullable: true })
  countyId?: string | null;

  @Field(() => InspectionKindEnum)
  kind: string;

  @Field()
  title: string;

  @Field({ description: '检查范围' })
  scope: string;

  @Field({ description: '检查日期 YYYY-MM-DD' })
  plannedOn: string;

  @Field(() => [ID], { description: '检查人员（本地区的稽核人员）' })
  inspectorIds: string[];

  @Field(() => [String], { description: '检查清单' })
  checklist: string[];

  @Field(() => [ID], { nullable: true, description: '指定检查对象' })
  targetIds?: string[] | null;

  @Field(() => RandomTargetsInput, { nullable: true, description: '随机抽取检查对象' })
  random?: RandomTargetsInput | null;
}

@ArgsType()
export class UpdateInspectionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => [ChecklistItemInput])
  checklist: ChecklistItemInput[];
}

@ArgsType()
export class TransitionInspectionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => InspectionActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ArgsType()
export class RecordFindingArgs {
  @Field(() => ID)
  inspectionId: string;

  @Field(() => ID)
  institutionId: string;

  @Field(() => FindingCategoryEnum)
  category: string;

  @Field()
  description: string;

  @Field({ description: '发现日期 YYYY-MM-DD' })
  foundOn: string;
}
