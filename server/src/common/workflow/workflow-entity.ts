import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AllowedAction } from './workflow.types.js';
import { WorkflowStep } from './workflow-step.entity.js';

/**
 * The columns and fields every workflow row carries (the `WorkflowRecord` that `runTransition`
 * reads), declared once. A workflow entity extends it and declares `state` with its own GraphQL
 * enum and initial state; its table keeps these column names (`region_id`, `version`,
 * `prepared_by`, `created_at`).
 */
// an object type of its own only so that its fields are inherited; no field names it, so the schema never shows it
@ObjectType()
export abstract class WorkflowEntity<S extends string = string> {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  /** Moved only by `runTransition` (never an editable field). */
  abstract state: S;

  @Field(() => Int, { description: '版本号：操作时须提交，防止覆盖他人的修改' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID, { description: '经办人（拟稿、提出或申请的人；经办与审批分离）' })
  @Column({ type: 'uuid', name: 'prepared_by' })
  preparedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  // Resolved through per-request DataLoaders (`actionsFor`, the history loader), never stored here.
  @Field(() => [WorkflowStep], { description: '流程记录，按时间先后' })
  history?: WorkflowStep[];

  @Field(() => [AllowedAction], { description: '当前用户可执行的操作' })
  allowedActions?: AllowedAction[];
}

/** A workflow row that can also be edited while a draft (`updated_at`). */
@ObjectType()
export abstract class EditableWorkflowEntity<S extends string = string> extends WorkflowEntity<S> {
  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
