import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/** A family or interest relation an assessor declared with a claimant: never drawn for them (Qinhuangdao art. 20). */
@ObjectType({ description: '评估人员与参保人的回避关系' })
@Entity('assessor_relations')
@regionScoped('回避关系')
export class AssessorRelation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'staff_id' })
  staffId: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Field({ description: '关系（亲属、利害关系）' })
  @Column({ type: 'text' })
  relation: string;

  @Column({ type: 'uuid', name: 'declared_by' })
  declaredBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
