import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { applyListArgs } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { JOB_SORT, type JobFilter, type JobListArgs } from './job.args.js';
import { Job } from './job.entity.js';

/** Jobs as their submitters' colleagues see them: those submitted for a region the caller shares. */
export class JobService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: JobListArgs): Promise<Job[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, JOB_SORT).getMany());
  }

  count(caller: Caller, filter?: JobFilter | null): Promise<number> {
    return this.db.read(caller, (scope) => filtered(scope, filter).getCount());
  }

  get(caller: Caller, id: string): Promise<Job> {
    return this.db.read(caller, (scope) => scope.one(Job, id));
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
