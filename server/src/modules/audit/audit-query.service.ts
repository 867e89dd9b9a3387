import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import type { AuditLogFilter, AuditLogListArgs } from './audit.resolver.js';
import { AuditLog } from './audit-log.entity.js';

const SORTABLE = {
  id: 'a.id',
  at: 'a.at',
  username: 'a.username',
  operation: 'a.operation',
  entityType: 'a.entity_type',
  entityId: 'a.entity_id',
};

/**
 * A row with no region (a login, a failed login) concerns a user: the entity when it is a User,
 * else whoever did it. It is shown when that user shares a region with the caller, or when it
 * names no user with regions (a failed login for an unknown name).
 */
const SUBJECT = "COALESCE(CASE WHEN a.entity_type = 'User' THEN a.entity_id END, a.user_id::text)";
const SUBJECT_IN_CALLER_REGIONS = `(NOT EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = ${SUBJECT})
  OR EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = ${SUBJECT} AND ur.region_id = ANY(:regions)))`;

/** Admins read the audit trail of their regions, and the logins of the users who share one. */
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, args: AuditLogListArgs): Promise<AuditLog[]> {
    return applyListArgs(this.filtered(caller, args.filter), { sortOrder: 'DESC', ...args }, SORTABLE, 'at').getMany();
  }

  count(caller: Caller, filter?: AuditLogFilter): Promise<number> {
    return this.filtered(caller, filter).getCount();
  }

  async get(caller: Caller, id: string): Promise<AuditLog> {
    const row = /^\d{1,18}$/.test(id) ? await this.filtered(caller).andWhere('a.id = :id', { id }).getOne() : null;
    if (!row) throw new NotFoundError('审计日志', id);
    return row;
  }

  private filtered(caller: Caller, filter: AuditLogFilter = {}) {
    const qb = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where(`(a.region_id = ANY(:regions) OR (a.region_id IS NULL AND ${SUBJECT_IN_CALLER_REGIONS}))`, { regions: caller.regionIds });
    if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter((id) => /^\d{1,18}$/.test(id)) });
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.userId) qb.andWhere('a.user_id::text = :userId', { userId: filter.userId });
    if (filter.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    if (filter.q?.trim()) qb.andWhere('(a.username ILIKE :q OR a.entity_id ILIKE :q)', { q: likePattern(filter.q.trim()) });
    return qb;
  }
}
