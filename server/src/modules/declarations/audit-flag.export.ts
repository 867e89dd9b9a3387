import { FLAG_DECISION_LABELS, SMART_AUDIT_RULE_LABELS, type SmartAuditRule } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import type { AuditFlagRow } from './audit-flag.entity.js';
import type { AuditFlagService } from './audit-flag.service.js';
import type { AuditFlagListArgs } from './declaration.args.js';

type ExportRow = AuditFlagRow & { institutionName: string; recordKey: string };

/** The flag review queue (admin/src/declarations/AuditFlagList.tsx) as a spreadsheet, streamed a page at a time. */
export function auditFlagExport(db: Db, flags: AuditFlagService): ListExport<ExportRow> {
  return {
    resource: 'AuditFlag',
    right: 'auditFlag.export',
    title: '智能审核标记',
    filterFields: ['ids', 'regionId', 'institutionId', 'declarationId', 'month', 'rule', 'severity', 'decided'],
    columns: [
      { header: '服务月份', width: 10, value: (r) => r.month },
      { header: '定点机构', width: 32, value: (r) => r.institutionName },
      { header: '记录编号', width: 20, value: (r) => r.recordKey },
      { header: '审核规则', width: 24, value: (r) => SMART_AUDIT_RULE_LABELS[r.rule as SmartAuditRule]?.zh ?? r.rule },
      { header: '级别', width: 8, value: (r) => (r.severity === 'blocking' ? '阻断' : '提示') },
      { header: '说明', width: 48, value: (r) => r.message },
      { header: '依据', width: 28, value: (r) => r.citation },
      { header: '决定', width: 10, value: (r) => (r.decision ? FLAG_DECISION_LABELS[r.decision].zh : '') },
      { header: '核减后金额', width: 12, value: (r) => r.decidedAmount },
      { header: '理由', width: 32, value: (r) => r.decisionReason },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await flags.list(caller, { ...view, page, perPage } as AuditFlagListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

async function withNames(db: Db, caller: Caller, rows: AuditFlagRow[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const keys: { id: string; key: string }[] = await scope.em.query('SELECT id, key FROM declared_records WHERE id = ANY($1::uuid[])', [
      rows.map((r) => r.recordId),
    ]);
    const keyOf = new Map(keys.map((k) => [k.id, k.key]));
    return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '', recordKey: keyOf.get(r.recordId) ?? '' }));
  });
}
