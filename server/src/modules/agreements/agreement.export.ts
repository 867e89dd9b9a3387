import { SERVICE_AGREEMENT_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import { Region } from '../regions/region.entity.js';
import type { ServiceAgreementListArgs } from './agreement.args.js';
import type { ServiceAgreement } from './agreement.entity.js';
import type { ServiceAgreementService } from './agreement.service.js';

type ExportRow = ServiceAgreement & { institutionName: string; regionName: string };

/** The agreements list (admin/src/agreements/AgreementList.tsx) as a spreadsheet: its columns, in its order (issue 8, defect 5). */
export function agreementExport(db: Db, agreements: ServiceAgreementService): ListExport<ExportRow> {
  return {
    resource: 'ServiceAgreement',
    right: 'agreement.read',
    title: '服务协议',
    filterFields: ['q', 'ids', 'institutionId', 'regionId', 'state', 'endsBefore'],
    columns: [
      { header: '协议编号', width: 28, value: (r) => r.number },
      { header: '定点机构', width: 36, value: (r) => r.institutionName },
      { header: '统筹地区', width: 16, value: (r) => r.regionName },
      { header: '起始日期', width: 12, value: (r) => r.startDate },
      { header: '终止日期', width: 12, value: (r) => r.endDate },
      { header: '状态', width: 12, value: (r) => SERVICE_AGREEMENT_WORKFLOW.stateLabels[r.state].zh },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await agreements.list(caller, { ...view, page, perPage } as ServiceAgreementListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its reference fields, read once per page. */
async function withNames(db: Db, caller: Caller, rows: ServiceAgreement[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const regions = new Map((await scope.rows(Region, 'r').getMany()).map((r) => [r.id, r.name]));
    const institutions = await scope
      .rows(Institution, 'i')
      .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
      .getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return rows.map((r) =>
      Object.assign(r, { institutionName: names.get(r.institutionId) ?? '', regionName: regions.get(r.regionId) ?? r.regionId }),
    );
  });
}
