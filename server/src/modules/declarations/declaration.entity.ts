import type { DeclarationState } from '@ltci/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { DeclarationStateEnum } from './declaration-enums.js';

/**
 * A care institution's declaration of one month's services (Qinhuangdao art. 55), draft → confirmed.
 * The settlement reads: `state` (only confirmed declarations are settled), `institutionId`,
 * `regionId`/`countyId`, `month`, and `auditedAt` (a declaration not yet audited is not settled).
 */
@ObjectType({ description: '服务申报（秦皇岛细则第五十五条）' })
@Entity('service_declarations')
@regionScoped('服务申报', { countyColumn: 'county_id' })
export class ServiceDeclaration extends EditableWorkflowEntity<DeclarationState> {
  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID, { description: '申报的定点护理服务机构' })
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field({ description: '服务月份 YYYY-MM' })
  @Column({ type: 'text' })
  month: string;

  @Field(() => DeclarationStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'draft' })
  state: DeclarationState;

  @Field(() => Int, { description: '申报记录数' })
  @Column({ type: 'int', name: 'record_count', default: 0 })
  recordCount: number;

  @Field({ description: '申报金额合计（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2, name: 'declared_amount', default: 0 })
  declaredAmount: string;

  @Field(() => ID, { nullable: true, description: '确认人' })
  @Column({ type: 'uuid', name: 'confirmed_by', nullable: true })
  confirmedBy: string | null;

  @Field(() => Date, { nullable: true, description: '确认时间' })
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '最近一次智能审核时间' })
  @Column({ type: 'timestamptz', name: 'audited_at', nullable: true })
  auditedAt: Date | null;

  @Column({ type: 'uuid', name: 'audited_by', nullable: true })
  auditedBy: string | null;

  /** Hits per rule of the last audit run (`runSmartAudit`'s `hitsByRule`). */
  @Column({ type: 'jsonb', name: 'audit_hits', nullable: true })
  auditHits: Record<string, number | null> | null;

  @Column({ type: 'jsonb', name: 'audit_trace', nullable: true })
  auditTrace: unknown[] | null;

  // field resolvers
  @Field(() => String, { nullable: true, description: '机构名称' })
  institutionName?: string | null;

  @Field(() => Int, { nullable: true, description: '未决定的阻断标记数' })
  openBlockingFlags?: number;
}
