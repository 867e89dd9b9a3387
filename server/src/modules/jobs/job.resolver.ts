import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { JobListArgs } from './job.args.js';
import { Job } from './job.entity.js';
import type { JobService } from './job.service.js';

@Resolver(() => Job)
export class JobResolver {
  constructor(private readonly jobs: JobService) {}

  @NeedsRight('job.read')
  @Query(() => [Job])
  allJobs(@Args() args: JobListArgs, @Ctx() ctx: Context): Promise<Job[]> {
    return this.jobs.list(requireCaller(ctx), args);
  }

  @NeedsRight('job.read')
  @Query(() => ListMetadata)
  async _allJobsMeta(@Args() args: JobListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.jobs.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('job.read')
  @Query(() => Job, { nullable: true })
  Job(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Job> {
    return this.jobs.get(requireCaller(ctx), id);
  }
}
