import type { ComplaintChannel, ComplaintKind, ComplaintState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { ComplaintChannelEnum, ComplaintKindEnum, ComplaintStateEnum } from './complaint-enums.js';

/** A complaint against a designated institution (Qinhuangdao art. 67, 72), investigated to a conclusion with reasons. */
@ObjectType({ description: '投诉举报' })
@Entity('complaints')
@regionScoped('投诉举报', { countyColumn: 'county_id' })
export class Complaint extends EditableWorkflowEntity<ComplaintState> {
  @Field(() => ID, { description: '被投诉机构' })
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ComplaintChannelEnum)
  @Column({ type: 'text' })
  channel: ComplaintChannel;

  @Field(() => ComplaintKindEnum)
  @Column({ type: 'text' })
  kind: ComplaintKind;

  @Field({ description: '受理日期' })
  @Column({ type: 'date', name: 'received_on' })
  receivedOn: string;

  @Field({ description: '投诉人' })
  @Column({ type: 'text' })
  complainant: string;

  @Field({ description: '投诉内容' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { nullable: true, description: '调查情况' })
  @Column({ type: 'text', nullable: true })
  investigation: string | null;

  @Field(() => String, { nullable: true, description: '处理结果（认定时的理由）' })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Field(() => ComplaintStateEnum)
  @Column({ type: 'text', default: 'received' })
  state: ComplaintState;

  @Field(() => ID, { nullable: true, description: '查实后生成的考核事项' })
  @Column({ type: 'uuid', name: 'scorecard_event_id', nullable: true })
  scorecardEventId: string | null;

  @Field(() => ID, { nullable: true, description: '所涉参保人（记入其一人一档，秦皇岛细则第六十四条）' })
  @Column({ type: 'uuid', name: 'claimant_id', nullable: true })
  claimantId: string | null;

  @Field(() => Institution)
  institution?: Institution;
}
