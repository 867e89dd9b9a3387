import { COMPLAINT_CHANNEL_LABELS, COMPLAINT_KIND_LABELS, COMPLAINT_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import type { ComplaintListArgs } from './complaint.args.js';
import type { Complaint } from './complaint.entity.js';
import type { ComplaintService } from './complaint.service.js';

type Row = Complaint & { institutionName: string };

/** The complaints list (admin/src/complaints/ComplaintList.tsx) as a spreadsheet (Qinhuangdao art. 67, 72). */
export function complaintExport(db: Db, complaints: ComplaintService): ListExport<Row> {
  return {
    resource: 'Complaint',
    right: 'complaint.read',
    title: '投诉举报',
    filterFields: ['ids', 'regionId', 'institutionId', 'state'],
    columns: [
      { header: '受理日期', width: 12, value: (c) => c.receivedOn },
      { header: '被投诉机构', width: 36, value: (c) => c.institutionName },
      { header: '渠道', width: 14, value: (c) => COMPLAINT_CHANNEL_LABELS[c.channel].zh },
      { header: '事项类别', width: 28, value: (c) => COMPLAINT_KIND_LABELS[c.kind].zh },
      { header: '投诉内容', width: 40, value: (c) => c.content },
      { header: '调查情况', width: 30, value: (c) => c.investigation },
      { header: '处理结果', width: 30, value: (c) => c.result },
      { header: '状态', width: 10, value: (c) => COMPLAINT_WORKFLOW.stateLabels[c.state].zh },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await complaints.list(caller, { ...view, page, perPage } as ComplaintListArgs);
      if (!rows.length) return [];
      return db.read(caller, async (scope) => {
        const institutions = await scope
          .rows(Institution, 'i')
          .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
          .getMany();
        const names = new Map(institutions.map((i) => [i.id, i.name]));
        return rows.map((c) => Object.assign(c, { institutionName: names.get(c.institutionId) ?? '' }));
      });
    },
  };
}
