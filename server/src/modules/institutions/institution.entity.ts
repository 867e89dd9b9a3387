import type { InstitutionActivityState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { CareSubtype, InstitutionKind, InstitutionStateEnum, InstitutionStatus } from './institution-enums.js';
import { Staff } from './staff.entity.js';

@ObjectType({ description: '定点机构' })
@Entity('institutions')
@regionScoped('机构', { countyColumn: 'county_id' })
@Index(['regionId', 'kind'])
export class Institution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => InstitutionKind)
  @Column({ type: 'text' })
  kind: InstitutionKind;

  @Field(() => CareSubtype, { nullable: true })
  @Column({ type: 'text', name: 'care_subtype', nullable: true })
  careSubtype: CareSubtype | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', name: 'credit_code', unique: true })
  creditCode: string;

  @Field()
  @Column({ type: 'text', name: 'legal_representative' })
  legalRepresentative: string;

  @Field()
  @Column({ type: 'text' })
  address: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: '所属县区；空：市级机构，由市医保经办机构管理（秦皇岛细则第六十、六十一条）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => InstitutionStatus)
  @Column({ type: 'text', default: InstitutionStatus.active })
  status: InstitutionStatus;

  // The trace of the status derived from the agreements (stored beside it; null until an agreement's step derives it).
  @Field(() => [TraceStep], { nullable: true, description: '由服务协议推定机构状态的计算依据' })
  @Column({ type: 'jsonb', name: 'status_trace', nullable: true })
  statusTrace: TraceStep[] | null;

  @Field(() => InstitutionStateEnum, { description: '启用或已停用（只能经停用、重新启用操作改变；机构从不删除）' })
  @Column({ type: 'text', default: 'active' })
  state: InstitutionActivityState;

  @Field(() => Int, { description: '版本号：停用、启用时须提交，防止覆盖他人的修改' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', name: 'prepared_by', nullable: true })
  preparedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  // Resolved through per-request DataLoaders (institution.resolver.ts), never stored here.
  @Field(() => Region)
  region?: Region;

  @Field(() => County, { nullable: true })
  county?: County | null;

  @Field(() => Int)
  staffCount?: number;

  @Field(() => [Staff])
  staff?: Staff[];

  @Field(() => [WorkflowStep], { description: '停用、启用记录，按时间先后' })
  history?: WorkflowStep[];

  @Field(() => [AllowedAction], { description: '当前用户可执行的操作' })
  allowedActions?: AllowedAction[];
}
