import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { JOB_SORT, type JobFilter, type JobListArgs } from './job.args.js';
import { Job } from './job.entity.js';

/** Jobs as their submitters' colleagues see them: those submitted for a region the caller shares. */
export class JobService {
  constructor(readonly db: Db) {
    this.reads = new ScopedReads(db, Job, filtered, JOB_SORT);
  }

  private readonly reads: ScopedReads<Job, JobFilter, SortFieldOf<typeof JOB_SORT>>;

  list(caller: Caller, args: JobListArgs): Promise<Job[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: JobFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<Job> {
    return this.reads.get(caller, id);
  }
}

function filtered(scope: Scope, given?: JobFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Job, 'j');
  if (filter.kind) qb.andWhere('j.kind = :kind', { kind: filter.kind });
  if (filter.state) qb.andWhere('j.state = :state', { state: filter.state });
  if (filter.mine) qb.andWhere('j.owner_id = :owner', { owner: scope.caller.id });
  return qb;
}
