import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { DesignationActionEnum, DesignationStateEnum, FindingKindEnum, PanelFieldEnum } from './designation-enums.js';

@InputType({ description: '定点申请列表筛选' })
export class DesignationApplicationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => DesignationStateEnum, { nullable: true })
  state?: string;

  @Field({ nullable: true, description: '申请批次' })
  round?: string;
}

export const DESIGNATION_SORT = sortable(
  'DesignationApplicationSortField',
  { id: 'd.id', applicationDate: 'd.application_date', state: 'd.state' },
  'applicationDate',
);

@ArgsType()
export class DesignationApplicationListArgs extends ListArgs {
  @Field(() => DESIGNATION_SORT.enum, { nullable: true })
  sortField?: keyof typeof DESIGNATION_SORT.enum;

  @Field(() => DesignationApplicationFilter, { nullable: true })
  filter?: DesignationApplicationFilter;
}

@ArgsType()
export class CreateDesignationApplicationArgs {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '申请批次，如 2026-1' })
  round: string;

  @Field({ description: '申请日期 YYYY-MM-DD' })
  applicationDate: string;

  @Field(() => [String], {
    description: '已提供的材料：licence、representativeIdAndPledge、staffRoster、premisesProof、internalRules、itSystem',
  })
  materials: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: '附件1申请表的其余栏目' })
  annex1?: Record<string, unknown> | null;
}

@InputType({ description: '审核小组成员' })
export class PanelMemberInput {
  @Field()
  name: string;

  @Field(() => PanelFieldEnum)
  field: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;
}

@InputType({ description: '现场核查记录' })
export class SiteVisitInput {
  @Field()
  date: string;

  @Field()
  inspectors: string;

  @Field()
  findings: string;
}

/** The materials while they are checked; the review sheet and the panel while under review. Never the state. */
@ArgsType()
export class UpdateDesignationApplicationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => [String], { nullable: true })
  materials?: string[] | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  annex1?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: '综合审核表：{ basic: { 行: { verdict, reason } }, items: { 项: { points, reason } } }',
  })
  reviewEntries?: Record<string, unknown> | null;

  @Field(() => [PanelMemberInput], { nullable: true })
  panel?: PanelMemberInput[] | null;

  @Field(() => SiteVisitInput, { nullable: true })
  siteVisit?: SiteVisitInput | null;

  @Field(() => String, { nullable: true })
  panelDecision?: string | null;
}

@ArgsType()
export class TransitionDesignationApplicationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => DesignationActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（不予受理、未通过时必填）' })
  reason?: string | null;
}

@ArgsType()
export class RecordInstitutionFindingArgs {
  @Field(() => ID)
  institutionId: string;

  @Field(() => FindingKindEnum)
  kind: string;

  @Field({ description: '发现或立案日期 YYYY-MM-DD' })
  foundOn: string;

  @Field(() => String, { nullable: true, description: '结束日期 YYYY-MM-DD' })
  closedOn?: string | null;

  @Field()
  note: string;
}

@ArgsType()
export class CloseInstitutionFindingArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '结束日期 YYYY-MM-DD' })
  closedOn: string;
}
