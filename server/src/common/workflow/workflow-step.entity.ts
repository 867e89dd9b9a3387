import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TraceStep } from '../../modules/calculators/calculation.types.js';

/** One step of a record's workflow, insert-only: who took which action, from what to what, why, and every check the kernel made. */
@ObjectType({ description: '流程记录（只增不改）' })
@Entity('workflow_history')
export class WorkflowStep {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  workflow: string;

  @Column({ type: 'uuid', name: 'record_id' })
  recordId: string;

  @Field()
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ type: 'text', name: 'from_state' })
  fromState: string;

  @Field()
  @Column({ type: 'text', name: 'to_state' })
  toState: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'actor_id' })
  actorId: string;

  @Field()
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb' })
  trace: TraceStep[];
}
