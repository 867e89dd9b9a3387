import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { applyListArgs, countRows, likePattern } from '../../common/list-args.js';
import { customScoped, type Scope } from '../../common/scope.js';
import { AUDIT_LOG_SORT, type AuditLogFilter, type AuditLogListArgs } from './audit.args.js';
import { AuditLog } from './audit-log.entity.js';

const isAuditId = (id: string) => /^\d{1,18}$/.test(id);

/**
 * A row with no region (a login, a failed login) concerns a user: the entity when it is a User,
 * else whoever did it. It is shown when that user shares a region with the caller, or when it
 * names no user with regions (a failed login for an unknown name).
 */
const SUBJECT = (a: string) => `COALESCE(CASE WHEN ${a}.entity_type = 'User' THEN ${a}.entity_id END, ${a}.user_id::text)`;
customScoped(AuditLog, {
  label: '审计日志',
  isId: isAuditId,
  predicate: (a) => `(${a}.region_id IN (:...scopeRegions) OR (${a}.region_id IS NULL AND (
      NOT EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = ${SUBJECT(a)})
      OR EXISTS (SELECT 1 FROM user_regions ur WHERE ur.user_id::text = ${SUBJECT(a)} AND ur.region_id IN (:...scopeRegions)))))`,
});

/** Admins read the audit trail of their regions, and the logins of the users who share one. */
export class AuditQueryService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: AuditLogListArgs): Promise<AuditLog[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, AUDIT_LOG_SORT).getMany());
  }

  count(caller: Caller, filter?: AuditLogFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(filtered(scope, filter)));
  }

  get(caller: Caller, id: string): Promise<AuditLog> {
    return this.db.read(caller, (scope) => scope.one(AuditLog, id));
  }
}

function filtered(scope: Scope, given?: AuditLogFilter | null) {
  // GraphQL passes an explicit null when the client sends one
  const filter = given ?? {};
  const qb = scope.rows(AuditLog, 'a');
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter(isAuditId) });
  if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.userId) qb.andWhere('a.user_id::text = :userId', { userId: filter.userId });
  if (filter.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
  if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
  if (filter.q?.trim()) qb.andWhere('(a.username ILIKE :q OR a.entity_id ILIKE :q)', { q: likePattern(filter.q.trim()) });
  return qb;
}
