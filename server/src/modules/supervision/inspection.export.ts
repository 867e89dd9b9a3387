import { INSPECTION_KIND_LABELS, INSPECTION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { InspectionListArgs } from './inspection.args.js';
import type { Inspection } from './inspection.entity.js';
import type { InspectionService } from './inspection.service.js';

/** The inspections list (admin/src/supervision/InspectionList.tsx) as a spreadsheet: its columns, in its order (issue 8, defect 5). */
export function inspectionExport(inspections: InspectionService): ListExport<Inspection> {
  return {
    resource: 'Inspection',
    right: 'inspectionPlan.read',
    title: '监督检查',
    filterFields: ['ids', 'regionId', 'state', 'kind', 'institutionId'],
    columns: [
      { header: '检查日期', width: 12, value: (r) => r.plannedOn },
      { header: '检查名称', width: 36, value: (r) => r.title },
      { header: '检查方式', width: 14, value: (r) => INSPECTION_KIND_LABELS[r.kind].zh },
      { header: '状态', width: 12, value: (r) => INSPECTION_WORKFLOW.stateLabels[r.state].zh },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      inspections.list(caller, { ...view, page, perPage } as InspectionListArgs),
  };
}
