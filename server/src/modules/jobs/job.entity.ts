import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { customScoped } from '../../common/scope.js';

export enum JobState {
  queued = 'queued',
  running = 'running',
  succeeded = 'succeeded',
  failed = 'failed',
}
registerEnumType(JobState, { name: 'JobState', description: '任务状态：排队、运行中、已完成、失败' });

@ObjectType({ description: '一条问题：第几行、哪一列、什么错' })
export class JobIssue {
  /** The file's row number as a spreadsheet shows it (the header is row 1); absent for a whole-file problem. */
  @Field(() => Int, { nullable: true })
  row?: number;

  @Field(() => String, { nullable: true, description: '列名（表头）' })
  column?: string;

  @Field({ description: '稳定的问题代码' })
  code: string;

  @Field()
  message: string;
}

@ObjectType({ description: '后台任务及其进度' })
@Entity('jobs')
export class Job {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: '任务种类，如 institution.import' })
  @Column({ type: 'text' })
  kind: string;

  /** Submitting the same kind and key again returns this job instead of running it twice. */
  @Column({ type: 'text' })
  key: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Field()
  @Column({ type: 'text', name: 'owner_name' })
  ownerName: string;

  @Field(() => [ID])
  @Column({ type: 'text', name: 'region_ids', array: true })
  regionIds: string[];

  @Field(() => JobState)
  @Column({ type: 'text', default: JobState.queued })
  state: JobState;

  @Field({ description: '当前阶段' })
  @Column({ type: 'text', default: 'queued' })
  phase: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  done: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => [JobIssue])
  @Column({ type: 'jsonb', default: [] })
  errors: JobIssue[];

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  /** Where a restarted run picks up; written in the same transaction as the work it records. */
  @Column({ type: 'jsonb', nullable: true })
  checkpoint: Record<string, unknown> | null;

  /** The uploaded file (an import's), read by whichever process runs the job. */
  @Column({ type: 'bytea', nullable: true, select: false })
  input: Buffer | null;

  @Column({ type: 'jsonb', default: {} })
  params: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  runner: string | null;

  @Field(() => Int, { description: '已运行次数（中断后续跑会加一）' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', name: 'heartbeat_at', nullable: true })
  heartbeatAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}

/** A job is seen by callers who share one of the regions it was submitted for. */
customScoped(Job, {
  label: '任务',
  isId: isUuid,
  predicate: (a) => `${a}.region_ids && ARRAY[:...scopeRegions]::text[]`,
});
