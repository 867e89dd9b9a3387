import { ASSESSOR_REMOVAL_GROUNDS } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from './institution.entity.js';
import type { StaffListArgs } from './staff.args.js';
import { AssessorTraining, type Staff } from './staff.entity.js';
import type { StaffService } from './staff.service.js';

type ExportRow = Staff & { institutionName: string; trained: boolean };

/** As the dashboard labels them (admin/src/i18n/zh-CN.ts enums.StaffRole, enums.StaffTitle). */
const ROLE_LABELS: Record<string, string> = {
  assessor: '评估人员',
  expert: '评估专家',
  manager: '管理人员',
  it: '信息技术人员',
  carer: '护理员',
  nurse: '护士',
  other: '其他',
};
const TITLE_LABELS: Record<string, string> = { none: '无职称', junior: '初级', intermediate: '中级', senior: '高级' };
const groundLabel = (g: string | null) => (g ? ((ASSESSOR_REMOVAL_GROUNDS as Record<string, { zh: string }>)[g]?.zh ?? g) : '');

/** The assessor pool (admin/src/staff/AssessorPoolList.tsx, filter pool = true) as a spreadsheet: its columns, in its order (issue 8, defect 5; Xinjiang art. 15–16, 19). */
export function assessorPoolExport(db: Db, staff: StaffService): ListExport<ExportRow> {
  return {
    resource: 'Staff',
    right: 'staff.read',
    title: '评估人员库',
    filterFields: ['q', 'ids', 'regionId', 'institutionId', 'role', 'pool', 'status', 'trained'],
    columns: [
      { header: '姓名', width: 12, value: (r) => r.name },
      { header: '所属机构', width: 36, value: (r) => r.institutionName },
      { header: '岗位', width: 12, value: (r) => ROLE_LABELS[r.role] ?? r.role },
      { header: '职称', width: 10, value: (r) => TITLE_LABELS[r.title] ?? r.title },
      { header: '平台编码', width: 16, value: (r) => r.nationalCode },
      { header: '已培训合格', width: 10, value: (r) => (r.trained ? '是' : '否') },
      { header: '移出情形', width: 24, value: (r) => groundLabel(r.removedFor) },
      { header: '移出理由', width: 30, value: (r) => r.removalReason },
      { header: '移出时间', width: 18, value: (r) => r.removedAt },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await staff.list(caller, { ...view, filter: { pool: true, ...view.filter }, page, perPage } as StaffListArgs);
      if (!rows.length) return [];
      return db.read(caller, async (scope) => {
        const ids = rows.map((r) => r.id);
        const institutions = await scope
          .rows(Institution, 'i')
          .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
          .getMany();
        const names = new Map(institutions.map((i) => [i.id, i.name]));
        const passed = await scope.em
          .createQueryBuilder(AssessorTraining, 't')
          .where('t.staff_id = ANY(:ids) AND t.passed', { ids })
          .getMany();
        const trained = new Set(passed.map((t) => t.staffId));
        return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '', trained: trained.has(r.id) }));
      });
    },
  };
}
