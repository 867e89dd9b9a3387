import { AUDIT_ENTITY_LABELS, AUDIT_OPERATION_LABELS, type AuditEntityType, type AuditOperation } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { AuditLogListArgs } from './audit.args.js';
import type { AuditLog } from './audit-log.entity.js';
import type { AuditQueryService } from './audit-query.service.js';

/** The audit log list (admin/src/auditLogs/AuditLogList.tsx) as a spreadsheet: its columns, in its order. */
export function auditLogExport(audit: AuditQueryService): ListExport<AuditLog> {
  return {
    resource: 'AuditLog',
    right: 'audit.read',
    title: '审计日志',
    filterFields: ['q', 'ids', 'entityType', 'entityId', 'userId', 'operation', 'from', 'to'],
    columns: [
      { header: '时间', width: 20, value: (r) => r.at },
      { header: '用户', width: 16, value: (r) => r.username },
      { header: '操作', width: 10, value: (r) => AUDIT_OPERATION_LABELS[r.operation as AuditOperation]?.zh ?? r.operation },
      { header: '对象类型', width: 14, value: (r) => AUDIT_ENTITY_LABELS[r.entityType as AuditEntityType]?.zh ?? r.entityType },
      { header: '对象编号', width: 38, value: (r) => r.entityId },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      audit.list(caller, { ...view, page, perPage } as AuditLogListArgs),
  };
}
