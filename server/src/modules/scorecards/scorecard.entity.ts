import type { AnnualScorecardState } from '@ltci/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';
import { AnnualScorecardStateEnum } from './scorecard-enums.js';

@ObjectType({ description: '考核类别得分' })
export class CategoryScoreView {
  @Field()
  id: string;

  @Field()
  title: string;

  @Field({ description: 'deduction：扣分类；award：加分类' })
  kind: string;

  @Field()
  max: string;

  @Field({ description: '扣除或加得的分（封顶、保底前）' })
  points: string;

  @Field()
  score: string;
}

/**
 * An institution's year on the template its region adopted (Xinjiang art. 27; Changzhou 2024): the
 * score is computed by `shared` from the records whenever they change and stored with its trace, so
 * the list, the comparison and the page all show the same figure; a locked year keeps its figure.
 */
@ObjectType({ description: '年度考核评分表' })
@Entity('annual_scorecards')
@regionScoped('年度考核评分表', { countyColumn: 'county_id' })
export class AnnualScorecard extends EditableWorkflowEntity<AnnualScorecardState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => Int, { description: '考核年度' })
  @Column({ type: 'int' })
  year: number;

  @Field({ description: '考核模板' })
  @Column({ type: 'text', name: 'template_id' })
  templateId: string;

  @Field(() => AnnualScorecardStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'open' })
  state: AnnualScorecardState;

  @Field({ description: '总分（由记录计算，不可录入）' })
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  total: string;

  @Field({ description: '扣分部分（第一至十项）得分' })
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'deduction_part' })
  deductionPart: string;

  @Field({ description: '加分部分（第十一至十三项）得分' })
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'bonus_part' })
  bonusPart: string;

  @Field({ description: '否决项扣分（第十四至十八项）' })
  @Column({ type: 'numeric', precision: 6, scale: 2, name: 'veto_deduction' })
  vetoDeduction: string;

  @Field(() => [CategoryScoreView])
  @Column({ type: 'jsonb' })
  categories: CategoryScoreView[];

  @Field(() => GraphQLJSONObject, { description: '由记录计算的事实：退单、满意度、无拒单县区' })
  @Column({ type: 'jsonb' })
  facts: Record<string, unknown>;

  @Field(() => [TraceStep], { description: '计分依据' })
  @Column({ type: 'jsonb' })
  trace: TraceStep[];

  @Field()
  @Column({ type: 'timestamptz', name: 'scored_at' })
  scoredAt: Date;

  @Field(() => Institution)
  institution?: Institution;

  @Field(() => [ScorecardEventRow], { description: '本年度记录的考核事项（含已撤销）' })
  events?: ScorecardEventRow[];
}

/** One recorded event; never edited: a mistake is withdrawn with a reason and a new event recorded. */
@ObjectType('ScorecardEvent', { description: '考核事项' })
@Entity('scorecard_events')
@regionScoped('考核事项', { countyColumn: 'county_id' })
export class ScorecardEventRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'scorecard_id' })
  scorecardId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '事项类型（模板中的编号）' })
  @Column({ type: 'text' })
  type: string;

  @Field({ description: '发生日期' })
  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn: string;

  @Field(() => String, { nullable: true, description: '申报日期（有时限的事项）' })
  @Column({ type: 'date', name: 'reported_on', nullable: true })
  reportedOn: string | null;

  @Field(() => Int, { description: '次数或单数' })
  @Column({ type: 'int' })
  count: number;

  @Field(() => ID, { nullable: true, description: '发生县区（拒单须填）' })
  @Column({ type: 'text', name: 'district_id', nullable: true })
  districtId: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb', default: {} })
  flags: Record<string, boolean>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: '由查实投诉生成' })
  @Column({ type: 'uuid', name: 'complaint_id', nullable: true })
  complaintId: string | null;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field({ description: '记录人' })
  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'withdrawn_by_name', nullable: true })
  withdrawnByName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'withdrawn_reason', nullable: true })
  withdrawnReason: string | null;
}

/** One institution's month: orders submitted and returned on review, people surveyed and satisfied. */
@ObjectType('MonthlyCount', { description: '月度评估与满意度数据' })
@Entity('institution_monthly_counts')
@regionScoped('月度数据', { countyColumn: 'county_id' })
export class MonthlyCount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '月份 YYYY-MM' })
  @Column({ type: 'text' })
  month: string;

  @Field(() => Int, { description: '提交评估单数' })
  @Column({ type: 'int' })
  submitted: number;

  @Field(() => Int, { description: '复核退单数' })
  @Column({ type: 'int' })
  returned: number;

  @Field(() => Int, { description: '满意度调查人数' })
  @Column({ type: 'int' })
  surveyed: number;

  @Field(() => Int, { description: '满意人数' })
  @Column({ type: 'int' })
  satisfied: number;

  @Field()
  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName: string;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@ObjectType({ description: '机构年度考核排名' })
export class ScorecardRankingRow {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  scorecardId: string;

  @Field(() => ID)
  institutionId: string;

  @Field()
  institutionName: string;

  @Field(() => AnnualScorecardStateEnum)
  state: AnnualScorecardState;

  @Field()
  total: string;

  @Field()
  deductionPart: string;

  @Field()
  bonusPart: string;

  @Field()
  vetoDeduction: string;

  @Field(() => [CategoryScoreView])
  categories: CategoryScoreView[];

  @Field(() => [TraceStep], { description: '该机构总分的计分依据' })
  trace: TraceStep[];
}
