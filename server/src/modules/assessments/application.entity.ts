import type { ApplicationState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { ApplicationStateEnum, AssessmentKindEnum } from './application-enums.js';

/** A disability assessment application (Qinhuangdao art. 17–24): its state moves only through the shared table. */
@ObjectType({ description: '失能等级评估申请' })
@Entity('assessment_applications')
@regionScoped('评估申请', { countyColumn: 'county_id' })
export class AssessmentApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

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

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID, { description: '登记人' })
  @Column({ type: 'uuid', name: 'prepared_by' })
  preparedBy: string;

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

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => [WorkflowStep], { description: '流程记录，按时间先后' })
  history?: WorkflowStep[];

  @Field(() => [AllowedAction], { description: '当前用户可执行的操作' })
  allowedActions?: AllowedAction[];
}
