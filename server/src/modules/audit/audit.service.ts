import type { AuditEntityType, AuditOperation } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { AuditLog } from './audit-log.entity.js';

export interface AuditEntry {
  operation: AuditOperation;
  entityType: AuditEntityType;
  entityId: string;
  regionId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** A JSON copy of an entity for the audit trail (dates as ISO strings, loader fields dropped). */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  return JSON.parse(JSON.stringify(entity));
}

/** Write the audit row inside the caller's transaction, so change and audit commit or fail together. */
export async function recordAudit(em: EntityManager, caller: Pick<Caller, 'id' | 'username'> | null, entry: AuditEntry): Promise<void> {
  const row: Partial<AuditLog> = {
    userId: caller?.id ?? null,
    username: caller?.username ?? '(anonymous)',
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    regionId: entry.regionId ?? null,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
  };
  // jsonb columns confuse TypeORM's deep-partial insert type; the row is fully typed above.
  await em.getRepository(AuditLog).insert(row as never);
}
