import type { FindingCategory, InspectionKind, InspectionState } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';
import { FindingCategoryEnum, InspectionKindEnum, InspectionStateEnum } from './supervision-enums.js';

@ObjectType({ description: '检查清单项' })
export class ChecklistItem {
  @Field({ description: '检查内容' })
  item: string;

  @Field(() => String, { nullable: true, description: '检查结果：合格 / 不合格 / 不适用' })
  result: 'pass' | 'fail' | 'na' | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: '随机抽取的记录（种子可复现）' })
export class InspectionSelection {
  @Field({ description: '随机种子' })
  seed: number;

  @Field(() => [ID], { description: '候选对象（按编号排序）' })
  candidates: string[];

  @Field(() => [ID])
  chosen: string[];

  @Field(() => [TraceStep])
  trace: TraceStep[];
}

/** An inspection (Qinhuangdao art. 67, 74): scope, inspectors, date, checklist and targets; random ones keep their seed. */
@ObjectType({ description: '监督检查' })
@Entity('inspections')
@regionScoped('监督检查', { countyColumn: 'county_id' })
export class Inspection extends EditableWorkflowEntity<InspectionState> {
  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => InspectionKindEnum)
  @Column({ type: 'text' })
  kind: InspectionKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: '检查范围' })
  @Column({ type: 'text' })
  scope: string;

  @Field({ description: '检查日期' })
  @Column({ type: 'date', name: 'planned_on' })
  plannedOn: string;

  @Field(() => [ID], { description: '检查人员' })
  @Column({ type: 'uuid', array: true, name: 'inspector_ids' })
  inspectorIds: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, name: 'inspector_names' })
  inspectorNames: string[];

  @Field(() => [ChecklistItem])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist: ChecklistItem[];

  @Field(() => [ID], { description: '检查对象（定点机构或第三方经办机构）' })
  @Column({ type: 'uuid', array: true, name: 'target_ids' })
  targetIds: string[];

  @Field(() => InspectionSelection, { nullable: true, description: '随机抽取（种子与过程）' })
  @Column({ type: 'jsonb', nullable: true })
  selection: InspectionSelection | null;

  @Field(() => String, { nullable: true, description: '检查结论' })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Field(() => InspectionStateEnum)
  @Column({ type: 'text', default: 'planned' })
  state: InspectionState;

  @Field(() => [Institution])
  targets?: Institution[];

  @Field(() => [InspectionFinding])
  findings?: InspectionFinding[];
}

/** A finding of an inspection on one of its targets, with its evidence as attachments (owner `InspectionFinding`). */
@ObjectType({ description: '检查发现的问题' })
@Entity('inspection_findings')
@regionScoped('检查发现的问题', { countyColumn: 'county_id' })
export class InspectionFinding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'inspection_id' })
  inspectionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => FindingCategoryEnum)
  @Column({ type: 'text' })
  category: FindingCategory;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field({ description: '发现日期' })
  @Column({ type: 'date', name: 'found_on' })
  foundOn: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Institution)
  institution?: Institution;
}
