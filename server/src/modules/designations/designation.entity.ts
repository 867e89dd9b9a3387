import type { DesignationState, PanelField } from '@ltci/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { DesignationStateEnum, PanelFieldEnum } from './designation-enums.js';

@ObjectType({ description: '审核小组成员（新疆办法第九条）' })
export class PanelMember {
  @Field()
  name: string;

  @Field(() => PanelFieldEnum)
  field: PanelField;

  @Field(() => String, { nullable: true, description: '所在单位' })
  unit?: string | null;
}

@ObjectType({ description: '现场核查记录（新疆办法第九条）' })
export class SiteVisit {
  @Field({ description: '核查日期' })
  date: string;

  @Field({ description: '核查人员' })
  inspectors: string;

  @Field({ description: '核查情况' })
  findings: string;
}

@ObjectType({ description: '审核期限（新疆办法第八条：自受理之日起3个月，补充材料时间不计入）' })
export class ReviewClockView {
  @Field()
  due: string;

  @Field(() => Int, { description: '剩余天数（负数为已超期）' })
  remainingDays: number;

  @Field(() => Int, { description: '补充材料暂停天数' })
  pausedDays: number;

  @Field()
  paused: boolean;

  @Field(() => [GraphQLJSONObject])
  trace: Record<string, unknown>[];
}

@ObjectType({ description: '一轮申请的综合审核得分排序（新疆附件2：根据得分择优确定）' })
export class DesignationRankingRow {
  @Field(() => ID)
  applicationId: string;

  @Field(() => ID)
  institutionId: string;

  @Field()
  institutionName: string;

  @Field(() => DesignationStateEnum)
  state: DesignationState;

  @Field()
  total: string;

  @Field()
  basicPassed: boolean;

  @Field(() => Int, { nullable: true, description: '名次；基础指标不合格的不排序' })
  rank: number | null;
}

/** A designation application of an assessment institution (Xinjiang art. 7–12; annexes 1–2). */
@ObjectType({ description: '定点评估机构申请（新疆办法第七至十二条）' })
@Entity('designation_applications')
@regionScoped('定点评估机构申请', { countyColumn: 'county_id' })
export class DesignationApplication extends EditableWorkflowEntity<DesignationState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '申请批次（同批次按得分排序）' })
  @Column({ type: 'text' })
  round: string;

  @Field({ description: '申请日期' })
  @Column({ type: 'date', name: 'application_date' })
  applicationDate: string;

  @Field(() => GraphQLJSONObject, { description: '附件1申请表填报内容' })
  @Column({ type: 'jsonb', default: {} })
  annex1: Record<string, unknown>;

  @Field(() => [String], { description: '已提供的材料（第七条第一至六项）' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  materials: string[];

  @Field(() => DesignationStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'submitted' })
  state: DesignationState;

  @Field(() => String, { nullable: true, description: '受理日期' })
  @Column({ type: 'date', name: 'accepted_on', nullable: true })
  acceptedOn: string | null;

  @Column({ type: 'jsonb', default: [] })
  pauses: { from: string; to: string }[];

  @Field(() => String, { nullable: true, description: '补正材料起始日（审核期限暂停）' })
  @Column({ type: 'date', name: 'paused_since', nullable: true })
  pausedSince: string | null;

  @Field(() => [String], { nullable: true, description: '一次性告知需补齐的材料' })
  @Column({ type: 'text', array: true, name: 'missing_notice', nullable: true })
  missingNotice: string[] | null;

  @Field(() => GraphQLJSONObject, { description: '审核人填写的综合审核表（覆盖预填的须附理由）' })
  @Column({ type: 'jsonb', name: 'review_entries', default: {} })
  reviewEntries: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: '差异化指标得分（保存时由共享规则计算）' })
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'review_total', nullable: true })
  reviewTotal: string | null;

  @Field(() => Boolean, { nullable: true, description: '基础指标是否全部合格' })
  @Column({ type: 'boolean', name: 'review_basic_passed', nullable: true })
  reviewBasicPassed: boolean | null;

  @Field(() => [GraphQLJSONObject], { nullable: true, description: '得分的计算过程' })
  @Column({ type: 'jsonb', name: 'review_trace', nullable: true })
  reviewTrace: Record<string, unknown>[] | null;

  @Field(() => [PanelMember], { description: '审核小组成员' })
  @Column({ type: 'jsonb', default: [] })
  panel: PanelMember[];

  @Field(() => SiteVisit, { nullable: true })
  @Column({ type: 'jsonb', name: 'site_visit', nullable: true })
  siteVisit: SiteVisit | null;

  @Field(() => String, { nullable: true, description: '集体评议意见' })
  @Column({ type: 'text', name: 'panel_decision', nullable: true })
  panelDecision: string | null;

  @Field(() => String, { nullable: true, description: '公示开始日' })
  @Column({ type: 'date', name: 'publicity_start', nullable: true })
  publicityStart: string | null;

  @Field(() => String, { nullable: true, description: '公示结束日' })
  @Column({ type: 'date', name: 'publicity_end', nullable: true })
  publicityEnd: string | null;

  @Field(() => String, { nullable: true, description: '不予受理或未通过的理由' })
  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Field(() => String, { nullable: true, description: '办结日期' })
  @Column({ type: 'date', name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Field(() => ID, { nullable: true, description: '定点后起草的服务协议' })
  @Column({ type: 'uuid', name: 'agreement_id', nullable: true })
  agreementId: string | null;

  @Field(() => Institution)
  institution?: Institution;

  @Field(() => ReviewClockView, { nullable: true, description: '审核期限' })
  reviewClock?: ReviewClockView | null;
}
