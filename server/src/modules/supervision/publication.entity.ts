import type { PublicationKind } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { PublicationKindEnum } from './supervision-enums.js';

/** What an administrator published (Qinhuangdao art. 73): a snapshot, checked for personal data, shown on the public page. */
@ObjectType({ description: '信息公开' })
@Entity('publications')
@regionScoped('信息公开')
export class Publication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => PublicationKindEnum)
  @Column({ type: 'text' })
  kind: PublicationKind;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: '说明' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => GraphQLJSON, { description: '公开的内容（发布时的快照）' })
  @Column({ type: 'jsonb' })
  content: unknown;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'withdrawn_reason', nullable: true })
  withdrawnReason: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'published_by' })
  publishedBy: string;

  @Field()
  @Column({ type: 'text', name: 'published_by_name' })
  publishedByName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
