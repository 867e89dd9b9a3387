import type { FlagDecision } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AuditSeverityEnum, FlagDecisionEnum } from './declaration-enums.js';

/**
 * A smart-audit hit on a declared record (Qinhuangdao art. 57): its rule, severity, article and
 * evidence, and the reviewer's decision (pay / reduce to `decidedAmount` / refuse, with a reason;
 * never by the declaration's preparer). The settlement reads: a record with an undecided
 * `blocking` flag is held; a decided one pays per `decision` (`reduce`: `decidedAmount` at most,
 * `refuse`: nothing); `warning` flags never hold a record.
 */
@ObjectType('AuditFlag', { description: '智能审核标记（秦皇岛细则第五十七条）' })
@Entity('audit_flags')
@regionScoped('智能审核标记', { countyColumn: 'county_id' })
export class AuditFlagRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'record_id' })
  recordId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'declaration_id' })
  declarationId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field()
  @Column({ type: 'text' })
  month: string;

  @Field({ description: '审核规则' })
  @Column({ type: 'text' })
  rule: string;

  @Field(() => AuditSeverityEnum)
  @Column({ type: 'text' })
  severity: 'blocking' | 'warning';

  @Field({ description: '依据' })
  @Column({ type: 'text' })
  citation: string;

  @Field()
  @Column({ type: 'text' })
  message: string;

  @Field(() => GraphQLJSON, { description: '证据（规则计算出的数字）' })
  @Column({ type: 'jsonb' })
  evidence: Record<string, unknown>;

  /** The hash of rule + evidence: a rerun that finds the same flag keeps its decision. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Field(() => FlagDecisionEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decision: FlagDecision | null;

  @Field(() => String, { nullable: true, description: '核减后支付金额（元）' })
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'decided_amount', nullable: true })
  decidedAmount: string | null;

  @Field(() => String, { nullable: true, description: '决定理由' })
  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  institutionName?: string | null;

  @Field(() => String, { nullable: true })
  recordKey?: string | null;
}
