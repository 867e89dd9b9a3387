import { ArgsType, Field, InputType } from 'type-graphql';
import { ListArgs, SortOrder, sortable } from '../../common/list-args.js';
import { JobState } from './job.entity.js';

@InputType({ description: '任务列表筛选' })
export class JobFilter {
  @Field({ nullable: true })
  kind?: string;

  @Field(() => JobState, { nullable: true })
  state?: JobState;

  @Field(() => Boolean, { nullable: true, description: '只看本人提交的任务' })
  mine?: boolean;
}

export const JOB_SORT = sortable(
  'JobSortField',
  { id: 'j.id', createdAt: 'j.created_at', kind: 'j.kind', state: 'j.state' },
  'createdAt',
  SortOrder.DESC,
);

@ArgsType()
export class JobListArgs extends ListArgs {
  @Field(() => JOB_SORT.enum, { nullable: true })
  sortField?: keyof typeof JOB_SORT.enum;

  @Field(() => JobFilter, { nullable: true })
  filter?: JobFilter;
}
