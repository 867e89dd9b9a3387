import type { ApplicationState } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
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
}
