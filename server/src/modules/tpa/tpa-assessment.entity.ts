import type { TpaAssessmentState } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { TpaAssessmentStateEnum } from './tpa-enums.js';

/** One contract-year's assessment (Tianjin art. 13–16): self-check → on-site → review. */
@ObjectType({ description: '委托经办机构年度考核' })
@Entity('tpa_assessments')
@regionScoped('年度考核')
export class TpaAssessment extends WorkflowEntity<TpaAssessmentState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'tpa_institution_id' })
  tpaInstitutionId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => TpaAssessmentStateEnum)
  @Column({ type: 'text', default: 'self_check' })
  state: TpaAssessmentState;

  @Field(() => GraphQLJSON, { nullable: true, description: '机构自查：{ scores, delivered }' })
  @Column({ type: 'jsonb', name: 'self_check', nullable: true })
  selfCheck: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '实地考核：{ scores, delivered, corrections, fundLosses, severeBreach }' })
  @Column({ type: 'jsonb', name: 'on_site', nullable: true })
  onSite: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '考核结果：各级得分、承诺兑现、服务费' })
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Field(() => [TraceStep], { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  trace: TraceStep[] | null;

  @Field(() => String, { nullable: true, description: '考核总得分（百分制）' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  total: string | null;

  @Field(() => String, { nullable: true, description: '应拨服务费（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2, name: 'fee_due', nullable: true })
  feeDue: string | null;

  /** Resolved by the TPA resolver from the supervision module's findings (Tianjin art. 19). */
  findings?: unknown[];
}
