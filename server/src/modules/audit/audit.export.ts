import type { Caller } from '../../common/context.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { AuditLogListArgs } from './audit.args.js';
import type { AuditLog } from './audit-log.entity.js';
import type { AuditQueryService } from './audit-query.service.js';

/** The dashboard's Chinese names (admin/src/i18n/zh-CN.ts, enums.AuditOperation / enums.EntityType). */
const OPERATION_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  transition: '状态变更',
  import: '导入',
  export: '导出',
  login: '登录',
  login_failed: '登录失败',
};
const ENTITY_LABELS: Record<string, string> = {
  Institution: '机构',
  User: '用户',
  Region: '统筹地区',
  CalendarYear: '工作日历年度',
  PolicyOverrides: '政策参数覆盖',
  Job: '后台任务',
};

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
      { header: '操作', width: 10, value: (r) => OPERATION_LABELS[r.operation] ?? r.operation },
      { header: '对象类型', width: 14, value: (r) => ENTITY_LABELS[r.entityType] ?? r.entityType },
      { header: '对象编号', width: 38, value: (r) => r.entityId },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      audit.list(caller, { ...view, page, perPage } as AuditLogListArgs),
  };
}
