import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/** A major information change of an institution, approved by the authorities (Xinjiang art. 21). */
@ObjectType({ description: '机构重大信息变更（新疆办法第二十一条）' })
@Entity('institution_info_changes')
@regionScoped('信息变更')
export class InfoChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field({ description: '有关部门批准变更的日期' })
  @Column({ type: 'date', name: 'approval_date' })
  approvalDate: string;

  @Field(() => [String], { description: '变更事项：name、legalRepresentative、bankAccount…' })
  @Column({ type: 'text', array: true })
  changes: string[];

  @Field(() => String, { nullable: true, description: '向经办机构申请变更的日期' })
  @Column({ type: 'date', name: 'applied_on', nullable: true })
  appliedOn: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
