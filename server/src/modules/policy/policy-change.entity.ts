import type { PolicyChangeState } from '@ltci/shared';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { PolicyChangeStateEnum } from './policy-change.enums.js';

/** A proposed change of a region's policy parameters from a date; approved by a second administrator, it is a new effective-dated version. */
@ObjectType({ description: '政策参数变更（自生效日起的新版本，须另一名管理员批准）' })
@Entity('policy_changes')
@regionScoped('政策参数变更')
export class PolicyChange extends EditableWorkflowEntity<PolicyChangeState> {
  @Field({ description: '生效日期 YYYY-MM-DD' })
  @Column({ type: 'date', name: 'effective_from' })
  effectiveFrom: string;

  @Field(() => GraphQLJSONObject, { description: '参数路径 → 新值' })
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  /** The JSON patch `policyPackWithChanges` applies (a list replaced whole). */
  @Column({ type: 'jsonb' })
  patch: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: '变更说明（依据）' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => PolicyChangeStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'draft' })
  state: PolicyChangeState;

  // Computed by @ltci/shared when asked (policy-change.resolver.ts), never stored here.
  @Field(() => GraphQLJSON, { description: '与被取代版本的差异：[{ path, label, unit, citation, interpretation, from, to }]' })
  diff?: unknown;

  @Field(() => GraphQLJSON, { description: '示例测算变更前后：[{ id, label, before, after, changed }]' })
  figures?: unknown;
}
