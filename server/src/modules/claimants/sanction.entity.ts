import { SANCTION_ACTIONS, SANCTION_KINDS, SANCTION_STATES, type SanctionKind, type SanctionState } from '@ltci/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SanctionStateEnum = enumOf(SANCTION_STATES);
export const SanctionActionEnum = enumOf(SANCTION_ACTIONS);
export const SanctionKindEnum = enumOf(SANCTION_KINDS);
registerEnumType(SanctionStateEnum, { name: 'SanctionState', description: '待遇资格处理状态' });
registerEnumType(SanctionActionEnum, { name: 'SanctionAction', description: '待遇资格处理操作' });
registerEnumType(SanctionKindEnum, { name: 'SanctionKind', description: 'suspend 暂停、revoke 取消待遇享受资格' });

/** A suspension or revocation of a claimant's benefits for a period (Qinhuangdao art. 69), lifted only on a new application after it (art. 71). */
@ObjectType({ description: '参保人待遇资格处理（秦皇岛细则第六十九条、第七十一条）' })
@Entity('claimant_sanctions')
@regionScoped('待遇资格处理', { countyColumn: 'county_id' })
export class ClaimantSanction extends EditableWorkflowEntity<SanctionState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => SanctionKindEnum)
  @Column({ type: 'text' })
  kind: SanctionKind;

  @Field({ description: '开始日期' })
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field({ description: '期限届满日（最后一天）' })
  @Column({ type: 'date', name: 'ends_on' })
  endsOn: string;

  @Field({ description: '违规情节' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String, { nullable: true, description: '期满后重新申请、审核通过恢复的日期' })
  @Column({ type: 'date', name: 'reinstated_on', nullable: true })
  reinstatedOn: string | null;

  @Field(() => SanctionStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'proposed' })
  state: SanctionState;
}
