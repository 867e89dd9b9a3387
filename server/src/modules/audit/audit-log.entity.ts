import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what and when, with the record before and after, written in the same transaction as the change. */
@ObjectType({ description: '审计日志' })
@Entity('audit_logs')
@Index(['entityType', 'entityId'])
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId: string | null;

  @Field()
  @Column({ type: 'text' })
  username: string;

  @Field()
  @Column({ type: 'text' })
  operation: string;

  @Field()
  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Field()
  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'region_id', nullable: true })
  regionId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
