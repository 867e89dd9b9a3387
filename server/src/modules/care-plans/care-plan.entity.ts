import type { CareMode, CarePlanState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { CareModeEnum, CarePlanStateEnum } from './care-plan.enums.js';

/** One service item of a plan with its own frequency (Qinhuangdao art. 30: 服务项目、服务频次). */
@ObjectType('CarePlanItem', { description: '护理计划的服务项目及其频次' })
export class CarePlanItemType {
  @Field({ description: '服务项目编码（国家长护险服务项目目录）' })
  code: string;

  @Field(() => Int, { description: '服务频次（次/月；居家护理服务标准10次/月，秦皇岛细则第三十一条）' })
  timesPerMonth: number;
}

/** The care plan of Qinhuangdao art. 30: mode, institution, items from the national catalogue, frequency, start. */
@ObjectType({ description: '护理服务计划（秦皇岛细则第三十条）' })
@Entity('care_plans')
@regionScoped('护理服务计划', { countyColumn: 'county_id' })
export class CarePlan extends EditableWorkflowEntity<CarePlanState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID, { description: '定点长护服务机构' })
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => CareModeEnum, { description: '护理方式' })
  @Column({ type: 'text', name: 'care_mode' })
  careMode: CareMode;

  @Field(() => String, { nullable: true, description: '机构类别或细分（如医疗机构、医养结合机构、养老机构）' })
  @Column({ type: 'text', name: 'care_subtype', nullable: true })
  careSubtype: string | null;

  @Field(() => [String], { description: '服务项目编码（国家长护险服务项目目录）' })
  @Column({ type: 'text', array: true })
  items: string[];

  @Field(() => [CarePlanItemType], { description: '各服务项目及其频次（次/月）' })
  @Column({ type: 'jsonb', name: 'item_frequencies', default: () => "'[]'" })
  itemFrequencies: CarePlanItemType[];

  @Field(() => Int, { description: '每周上门次数：由各项目最高月频次折算（次/月 × 7 ÷ 30，向上取整），供月度待遇测算' })
  @Column({ type: 'int', name: 'frequency_per_week' })
  frequencyPerWeek: number;

  @Field(() => ID, { nullable: true, description: '所依据的评估结论（参保人生效的评估申请）；等级取自该结论' })
  @Column({ type: 'uuid', name: 'conclusion_id', nullable: true })
  conclusionId: string | null;

  @Field({ description: '享受待遇开始日期' })
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '终止日期' })
  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate: string | null;

  @Field(() => Int, { nullable: true, description: '所依据评估结论的失能等级（0–5）' })
  @Column({ type: 'int', nullable: true })
  grade: number | null;

  @Field(() => String, { nullable: true, description: '所依据评估结论书的出具日期' })
  @Column({ type: 'date', name: 'conclusion_on', nullable: true })
  conclusionOn: string | null;

  @Field(() => String, { nullable: true, description: '亲情照护：照护亲属及关系' })
  @Column({ type: 'text', name: 'family_carer', nullable: true })
  familyCarer: string | null;

  @Field(() => ID, { nullable: true, description: '本计划替代的已备案计划（变更护理方式或机构）' })
  @Column({ type: 'uuid', name: 'replaces_id', nullable: true })
  replacesId: string | null;

  @Field(() => String, { nullable: true, description: '备案日期' })
  @Column({ type: 'date', name: 'accepted_on', nullable: true })
  acceptedOn: string | null;

  @Field(() => String, { nullable: true, description: '按地区规则计算的待遇起始日（备案时计算）' })
  @Column({ type: 'date', name: 'benefits_from', nullable: true })
  benefitsFrom: string | null;

  @Field(() => [TraceStep], { description: '待遇起始日的计算依据' })
  @Column({ type: 'jsonb', name: 'start_trace', default: () => "'[]'" })
  startTrace: TraceStep[];

  @Field(() => String, { nullable: true, description: '终止原因：death 死亡、notSevere 不符合重度失能、other 其他、replaced 被新计划替代' })
  @Column({ type: 'text', name: 'end_cause', nullable: true })
  endCause: string | null;

  @Field(() => CarePlanStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'drafted' })
  state: CarePlanState;
}
