import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { WarningStateEnum } from './fund-enums.js';

export type WarningState = 'open' | 'acknowledged' | 'resolved';

/** A fund warning (Qinhuangdao art. 58, 63, 50 ¶3): raised and resolved by recomputation after each posting, acknowledged by a person. */
@ObjectType({ description: '基金预警' })
@Entity('fund_warnings')
@regionScoped('基金预警')
export class FundWarning {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field()
  @Column({ type: 'text' })
  code: string;

  @Field({ description: '对象（如账户），同一代码可有多个' })
  @Column({ type: 'text', default: '' })
  subject: string;

  @Field(() => WarningStateEnum)
  @Column({ type: 'text', default: 'open' })
  state: WarningState;

  @Field()
  @Column({ type: 'text' })
  citation: string;

  @Field()
  @Column({ type: 'text' })
  message: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  figures: Record<string, unknown>;

  @Field(() => [TraceStep])
  @Column({ type: 'jsonb' })
  trace: TraceStep[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'acknowledged_by', nullable: true })
  acknowledgedBy: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'raised_at', default: () => 'now()' })
  raisedAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;
}
