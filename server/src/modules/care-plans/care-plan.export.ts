import { CARE_PLAN_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { CarePlanListArgs } from './care-plan.args.js';
import type { CarePlan } from './care-plan.entity.js';
import type { CarePlanService } from './care-plan.service.js';

type ExportRow = CarePlan & { claimantName: string; institutionName: string };

/** As the dashboard's Chinese messages word them (admin/src/carePlans/messages.ts: enums.CareMode). */
const MODE: Record<string, string> = { institution: '机构护理', community: '社区护理', home: '居家护理', family: '亲情照护' };

/**
 * The care plans list (admin/src/carePlans/CarePlanList.tsx) as a spreadsheet: its columns in its
 * order, the claimant's name (never the ID number) and the institution's, translated mode and state (issue 8, defect 5).
 */
export function carePlanExport(db: Db, plans: CarePlanService): ListExport<ExportRow> {
  return {
    resource: 'CarePlan',
    right: 'carePlan.read',
    title: '护理服务计划',
    filterFields: ['ids', 'claimantId', 'institutionId', 'regionId', 'state'],
    columns: [
      { header: '参保人', width: 14, value: (r) => r.claimantName },
      { header: '护理方式', width: 12, value: (r) => MODE[r.careMode] ?? r.careMode },
      { header: '定点护理机构', width: 36, value: (r) => r.institutionName },
      { header: '申请开始日期', width: 12, value: (r) => r.startDate },
      { header: '享受待遇起始日', width: 14, value: (r) => r.benefitsFrom ?? '—' },
      { header: '状态', width: 12, value: (r) => CARE_PLAN_WORKFLOW.stateLabels[r.state].zh },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await plans.list(caller, { ...view, page, perPage } as CarePlanListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its reference fields, read once per page. */
async function withNames(db: Db, caller: Caller, rows: CarePlan[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const claimants = await scope
      .rows(Claimant, 'c')
      .andWhere('c.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.claimantId))] })
      .getMany();
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const claimantNames = new Map(claimants.map((c) => [c.id, c.name]));
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return rows.map((r) =>
      Object.assign(r, { claimantName: claimantNames.get(r.claimantId) ?? '', institutionName: names.get(r.institutionId) ?? '' }),
    );
  });
}
