import type { FindingKind } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { FindingKindEnum } from './designation-enums.js';

/** What the agency found against an institution (Xinjiang art. 12(1)–(5), 21), read by the designation check. */
@ObjectType({ description: '机构违规记录（伪造材料、调查、失信、未履行责任）' })
@Entity('institution_findings')
@regionScoped('机构违规记录')
export class InstitutionFinding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => FindingKindEnum)
  @Column({ type: 'text' })
  kind: FindingKind;

  @Field({ description: '发现或立案日期' })
  @Column({ type: 'date', name: 'found_on' })
  foundOn: string;

  @Field(() => String, { nullable: true, description: '结束日期（调查终结、责任履行完毕、移出名单）' })
  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Field()
  @Column({ type: 'text' })
  note: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
