import { ASSESSMENT_APPLICATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Claimant } from '../claimants/claimant.entity.js';
import type { AssessmentApplicationListArgs } from './application.args.js';
import type { AssessmentApplication } from './application.entity.js';
import type { AssessmentApplicationService } from './application.service.js';

type ExportRow = AssessmentApplication & { claimantName: string };

/** As the dashboard's Chinese messages word them (admin/src/claimants/messages.ts: enums.AssessmentKind). */
const KIND: Record<string, string> = {
  initial: '初次评估',
  dispute: '复评',
  objection: '异议复评',
  stateChange: '状态变化评估',
  spotCheck: '抽审复评',
  endOfTerm: '期末评估',
};

/**
 * The assessment applications list (admin/src/assessments/ApplicationList.tsx) as a spreadsheet:
 * its columns in its order, the claimant's name (never the ID number), translated kind and state (issue 8, defect 5).
 */
export function applicationExport(db: Db, applications: AssessmentApplicationService): ListExport<ExportRow> {
  return {
    resource: 'AssessmentApplication',
    right: 'assessment.read',
    title: '评估申请',
    filterFields: ['regionId', 'countyId', 'claimantId', 'state'],
    columns: [
      { header: '申请日期', width: 12, value: (r) => r.appliedOn },
      { header: '参保人', width: 14, value: (r) => r.claimantName },
      { header: '评估类型', width: 14, value: (r) => KIND[r.kind] ?? r.kind },
      { header: '状态', width: 14, value: (r) => ASSESSMENT_APPLICATION_WORKFLOW.stateLabels[r.state].zh },
      { header: '结论等级', width: 10, value: (r) => r.recordedGrade ?? '—' },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await applications.list(caller, { ...view, page, perPage } as AssessmentApplicationListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its reference field, read once per page. */
async function withNames(db: Db, caller: Caller, rows: AssessmentApplication[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const claimants = await scope
      .rows(Claimant, 'c')
      .andWhere('c.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.claimantId))] })
      .getMany();
    const names = new Map(claimants.map((c) => [c.id, c.name]));
    return rows.map((r) => Object.assign(r, { claimantName: names.get(r.claimantId) ?? '' }));
  });
}
