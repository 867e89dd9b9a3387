import type { ApplicationState, AssessorDrawCandidate, AssessorDrawResult, DisabilityItemScores, TraceStep } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { ApplicationStateEnum, AssessmentKindEnum } from './application-enums.js';

/** A disability assessment application (Qinhuangdao art. 17–24): its state moves only through the shared table. */
@ObjectType({ description: '失能等级评估申请' })
@Entity('assessment_applications')
@regionScoped('评估申请', { countyColumn: 'county_id' })
export class AssessmentApplication extends EditableWorkflowEntity<ApplicationState> {
  @Field(() => ID, { nullable: true, description: '受理县区（随参保人）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Field(() => AssessmentKindEnum)
  @Column({ type: 'text' })
  kind: string;

  @Field(() => ApplicationStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'submitted' })
  state: ApplicationState;

  @Field({ description: '申请日期' })
  @Column({ type: 'date', name: 'applied_on' })
  appliedOn: string;

  @Field({ description: '失能状态起始日期' })
  @Column({ type: 'date', name: 'disability_since' })
  disabilitySince: string;

  @Field({ description: '病情是否稳定' })
  @Column({ type: 'boolean', name: 'condition_stable' })
  conditionStable: boolean;

  @Field({ description: '是否因工伤导致' })
  @Column({ type: 'boolean', name: 'work_injury', default: false })
  workInjury: boolean;

  @Field({ description: '是否提供虚假材料' })
  @Column({ type: 'boolean', name: 'materials_forged', default: false })
  materialsForged: boolean;

  @Field(() => [String], { description: '尚缺材料（一次性告知）' })
  @Column({ type: 'text', array: true, name: 'missing_materials', default: () => "'{}'" })
  missingMaterials: string[];

  @Field(() => String, { nullable: true, description: '补正期限' })
  @Column({ type: 'date', name: 'supplement_due_date', nullable: true })
  supplementDueDate: string | null;

  @Field(() => ID, { nullable: true, description: '复评所针对的首次评估申请' })
  @Column({ type: 'uuid', name: 'first_application_id', nullable: true })
  firstApplicationId: string | null;

  @Field(() => String, { nullable: true, description: '受理（县区初审通过）日期' })
  @Column({ type: 'date', name: 'accepted_on', nullable: true })
  acceptedOn: string | null;

  @Field(() => String, { nullable: true, description: '报送市级日期' })
  @Column({ type: 'date', name: 'forwarded_on', nullable: true })
  forwardedOn: string | null;

  @Field(() => ID, { nullable: true, description: '派往的评估机构' })
  @Column({ type: 'uuid', name: 'institution_id', nullable: true })
  institutionId: string | null;

  @Field(() => String, { nullable: true, description: '派评估机构日期' })
  @Column({ type: 'date', name: 'dispatched_on', nullable: true })
  dispatchedOn: string | null;

  @Field(() => Float, { nullable: true, description: '抽取随机种子（可复现）' })
  @Column({
    type: 'bigint',
    name: 'draw_seed',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  drawSeed: number | null;

  @Field(() => String, { nullable: true, description: '现场评估日期' })
  @Column({ type: 'date', name: 'onsite_on', nullable: true })
  onsiteOn: string | null;

  @Field(() => String, { nullable: true, description: '在场的监护人或代理人' })
  @Column({ type: 'text', name: 'present_person', nullable: true })
  presentPerson: string | null;

  @Field(() => String, { nullable: true, description: '现场调查记录' })
  @Column({ type: 'text', name: 'onsite_notes', nullable: true })
  onsiteNotes: string | null;

  @Field(() => Int, { nullable: true, description: '按评分计算的失能等级' })
  @Column({ type: 'int', name: 'computed_grade', nullable: true })
  computedGrade: number | null;

  @Field(() => Int, { nullable: true, description: '专家确认的结论等级' })
  @Column({ type: 'int', name: 'recorded_grade', nullable: true })
  recordedGrade: number | null;

  @Field(() => String, { nullable: true, description: '结论确认日期' })
  @Column({ type: 'date', name: 'concluded_on', nullable: true })
  concludedOn: string | null;

  @Field(() => String, { nullable: true, description: '公示开始日期' })
  @Column({ type: 'date', name: 'publicity_start', nullable: true })
  publicityStart: string | null;

  @Field(() => String, { nullable: true, description: '异议人（实名）' })
  @Column({ type: 'text', name: 'objection_by', nullable: true })
  objectionBy: string | null;

  @Field(() => String, { nullable: true, description: '异议证据' })
  @Column({ type: 'text', name: 'objection_evidence', nullable: true })
  objectionEvidence: string | null;

  @Field(() => String, { nullable: true, description: '异议日期' })
  @Column({ type: 'date', name: 'objection_on', nullable: true })
  objectionOn: string | null;

  @Field(() => String, { nullable: true, description: '结论书出具日期' })
  @Column({ type: 'date', name: 'letter_issued_on', nullable: true })
  letterIssuedOn: string | null;

  @Field(() => String, { nullable: true, description: '结论书送达日期' })
  @Column({ type: 'date', name: 'letter_received_on', nullable: true })
  letterReceivedOn: string | null;

  @Field(() => String, { nullable: true, description: '超过30个工作日送达的原因' })
  @Column({ type: 'text', name: 'letter_late_reason', nullable: true })
  letterLateReason: string | null;

  @Field(() => String, { nullable: true, description: '申请复评日期' })
  @Column({ type: 'date', name: 'disputed_on', nullable: true })
  disputedOn: string | null;

  @Field(() => String, { nullable: true, description: '结论生效日期' })
  @Column({ type: 'date', name: 'final_on', nullable: true })
  finalOn: string | null;

  /** The whole pool as the draw saw it, each candidate with why it was excluded (Xinjiang art. 16), read through `draw`. */
  @Column({ type: 'jsonb', name: 'draw_candidates', nullable: true })
  drawCandidates: AssessorDrawCandidate[] | null;

  @Column({ type: 'jsonb', name: 'draw_trace', nullable: true })
  drawTrace: TraceStep[] | null;

  @Column({ type: 'jsonb', name: 'draw_warnings', nullable: true })
  drawWarnings: AssessorDrawResult['warnings'] | null;

  @Field(() => [ID], { description: '抽取的评估人员' })
  @Column({ type: 'uuid', array: true, name: 'drawn_ids', default: () => "'{}'" })
  drawnIds: string[];

  @Field(() => [ID], { description: '抽取的评估专家' })
  @Column({ type: 'uuid', array: true, name: 'drawn_expert_ids', default: () => "'{}'" })
  drawnExpertIds: string[];

  @Field(() => Date, { nullable: true, description: '抽取时间' })
  @Column({ type: 'timestamptz', name: 'drawn_at', nullable: true })
  drawnAt: Date | null;

  @Column({ type: 'uuid', name: 'drawn_by', nullable: true })
  drawnBy: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '现场评估各项评分（国家标准）' })
  @Column({ type: 'jsonb', name: 'onsite_scores', nullable: true })
  onsiteScores: DisabilityItemScores | null;

  @Field({ description: '监护人或代理人在场' })
  @Column({ type: 'boolean', name: 'guardian_present', default: false })
  guardianPresent: boolean;

  @Field(() => GraphQLJSON, { nullable: true, description: '等级计算过程' })
  @Column({ type: 'jsonb', name: 'grade_trace', nullable: true })
  gradeTrace: TraceStep[] | null;

  @Field(() => [ID], { description: '确认结论的评估专家' })
  @Column({ type: 'uuid', array: true, name: 'confirming_expert_ids', default: () => "'{}'" })
  confirmingExpertIds: string[];

  @Field({ description: '有待处理的公示异议' })
  @Column({ type: 'boolean', name: 'objection_pending', default: false })
  objectionPending: boolean;
}
