import type { AgreementState, TerminationKind } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { AgreementStateEnum, TerminationKindEnum } from './agreement-enums.js';

/** The service agreement between the agency and a designated institution (Xinjiang art. 10: normally one year). */
@ObjectType({ description: '服务协议' })
@Entity('service_agreements')
@regionScoped('服务协议', { countyColumn: 'county_id' })
export class ServiceAgreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: '所属县区（随机构）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '协议编号' })
  @Column({ type: 'text' })
  number: string;

  @Field({ description: '起始日期' })
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field({ description: '终止日期' })
  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Field(() => AgreementStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'draft' })
  state: AgreementState;

  @Field(() => Int, { description: '版本号：操作时须提交，防止覆盖他人的修改' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID, { description: '拟稿人' })
  @Column({ type: 'uuid', name: 'prepared_by' })
  preparedBy: string;

  @Field(() => TerminationKindEnum, { nullable: true })
  @Column({ type: 'text', name: 'termination_kind', nullable: true })
  terminationKind: TerminationKind | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', name: 'termination_date', nullable: true })
  terminationDate: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  // Resolved through per-request DataLoaders (agreement.resolver.ts), never stored here.
  @Field(() => Institution)
  institution?: Institution;

  @Field(() => [WorkflowStep], { description: '流程记录，按时间先后' })
  history?: WorkflowStep[];

  @Field(() => [AllowedAction], { description: '当前用户可执行的操作' })
  allowedActions?: AllowedAction[];
}
