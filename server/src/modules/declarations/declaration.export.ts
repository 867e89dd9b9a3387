import { DECLARATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import { AuditFlagRow } from './audit-flag.entity.js';
import type { DeclarationListArgs } from './declaration.args.js';
import type { ServiceDeclaration } from './declaration.entity.js';
import type { DeclarationService } from './declaration.service.js';

type ExportRow = ServiceDeclaration & { institutionName: string; openBlockingFlags: number };

/**
 * The declarations inbox (admin/src/declarations/DeclarationList.tsx) as a spreadsheet: its columns
 * in its order, the institution's name, translated state and the undecided blocking flags (issue 8, defect 5).
 */
export function declarationExport(db: Db, declarations: DeclarationService): ListExport<ExportRow> {
  return {
    resource: 'ServiceDeclaration',
    right: 'declaration.read',
    title: '服务申报',
    filterFields: ['ids', 'regionId', 'institutionId', 'month', 'state'],
    columns: [
      { header: '服务月份', width: 10, value: (r) => r.month },
      { header: '申报机构', width: 36, value: (r) => r.institutionName },
      { header: '状态', width: 12, value: (r) => DECLARATION_WORKFLOW.stateLabels[r.state].zh },
      { header: '记录数', width: 10, value: (r) => r.recordCount },
      { header: '申报金额（元）', width: 16, value: (r) => r.declaredAmount },
      { header: '未决定的阻断标记', width: 16, value: (r) => r.openBlockingFlags },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await declarations.list(caller, { ...view, page, perPage } as DeclarationListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its resolved fields, read once per page. */
async function withNames(db: Db, caller: Caller, rows: ServiceDeclaration[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    // as the list's loader counts them (declaration.loaders.ts: declarationOpenBlocking), through the caller's scope
    const open: { id: string; n: number }[] = await scope
      .rows(AuditFlagRow, 'f')
      .select('f.declarationId', 'id')
      .addSelect('count(*)::int', 'n')
      .andWhere('f.declarationId = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .andWhere('f.decision IS NULL')
      .andWhere("f.severity = 'blocking'")
      .groupBy('f.declarationId')
      .getRawMany();
    const n = new Map(open.map((o) => [o.id, o.n]));
    return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '', openBlockingFlags: n.get(r.id) ?? 0 }));
  });
}
