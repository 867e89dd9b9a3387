import { INFO_CHANGE_KIND_LABELS } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { InfoChangeListArgs } from './info-change.args.js';
import type { InfoChange } from './info-change.entity.js';
import type { InfoChangeService } from './info-change.service.js';
import { Institution } from './institution.entity.js';

type ExportRow = InfoChange & { institutionName: string };

const kindLabel = (kind: string) => INFO_CHANGE_KIND_LABELS[kind as keyof typeof INFO_CHANGE_KIND_LABELS]?.zh ?? kind;

/** The information changes list (admin/src/infoChanges/InfoChangeList.tsx) as a spreadsheet: its columns, in its order (issue 8, defect 5; Xinjiang art. 21). */
export function infoChangeExport(db: Db, changes: InfoChangeService): ListExport<ExportRow> {
  return {
    resource: 'InfoChange',
    right: 'infoChange.read',
    title: '机构信息变更',
    filterFields: ['regionId', 'institutionId', 'pending'],
    columns: [
      { header: '有关部门批准日期', width: 14, value: (r) => r.approvalDate },
      { header: '机构', width: 36, value: (r) => r.institutionName },
      { header: '变更事项', width: 30, value: (r) => r.changes.map(kindLabel).join('、') },
      { header: '申请日期', width: 12, value: (r) => r.appliedOn },
      { header: '申请截止日（30个工作日）', width: 14, value: (r) => r.dueOn },
      { header: '逾期', width: 8, value: (r) => (r.late === null ? '' : r.late ? '是' : '否') },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await changes.list(caller, { ...view, page, perPage } as InfoChangeListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** The institution's name the grid shows through its reference field, read once per page. */
async function withNames(db: Db, caller: Caller, rows: InfoChange[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '' }));
  });
}
