import { RECTIFICATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import type { ConsequenceService } from './consequence.service.js';
import type { RectificationListArgs } from './rectification.args.js';
import type { Rectification } from './rectification.entity.js';

type ExportRow = Rectification & { institutionName: string };

/** The rectification orders list (admin/src/supervision/RectificationList.tsx) as a spreadsheet: its columns, in its order (issue 8, defect 5). */
export function rectificationExport(db: Db, consequences: ConsequenceService): ListExport<ExportRow> {
  return {
    resource: 'Rectification',
    right: 'rectification.read',
    title: '责令整改',
    filterFields: ['ids', 'regionId', 'institutionId', 'findingId', 'state', 'open'],
    columns: [
      { header: '整改期限', width: 12, value: (r) => r.dueOn },
      { header: '整改机构', width: 36, value: (r) => r.institutionName },
      { header: '责令日期', width: 12, value: (r) => r.orderedOn },
      { header: '状态', width: 12, value: (r) => RECTIFICATION_WORKFLOW.stateLabels[r.state].zh },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await consequences.listRectifications(caller, { ...view, page, perPage } as RectificationListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** The institution's name the grid shows through its reference field, read once per page. */
async function withNames(db: Db, caller: Caller, rows: Rectification[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '' }));
  });
}
