import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import type { SettlementService } from './settlement.service.js';
import type { SettlementSheet } from './settlement-run.entity.js';

type ExportRow = SettlementSheet & { institutionName: string };

/** A run's sheets (admin/src/settlement/SettlementRunShow.tsx) as a spreadsheet, one row per institution (Qinhuangdao art. 55). */
export function settlementSheetExport(db: Db, settlements: SettlementService): ListExport<ExportRow> {
  return {
    resource: 'SettlementRun',
    right: 'settlement.export',
    title: '月度结算单',
    filterFields: ['runId'],
    columns: [
      { header: '结算月份', width: 10, value: (r) => r.month },
      { header: '定点机构', width: 36, value: (r) => r.institutionName },
      { header: '参保人数', width: 10, value: (r) => String(r.claimants) },
      { header: '记录数', width: 10, value: (r) => String(r.records) },
      { header: '申报金额（元）', width: 16, value: (r) => r.billed },
      { header: '基金不予支付（元）', width: 18, value: (r) => r.excluded },
      { header: '基金支付（元）', width: 16, value: (r) => r.fundAmount },
      { header: '个人负担（元）', width: 16, value: (r) => r.claimantAmount },
      { header: '拒付或暂缓（元）', width: 16, value: (r) => r.unsettled },
      { header: '拨付凭证', width: 38, value: (r) => r.postingId ?? '' },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const runId = String(view.filter.runId ?? '');
      const rows = (await settlements.sheets(caller, runId)).slice(page * perPage, (page + 1) * perPage);
      if (!rows.length) return [];
      return db.read(caller, async (scope) => {
        const institutions = await scope
          .rows(Institution, 'i')
          .andWhere('i.id = ANY(:ids)', { ids: rows.map((r) => r.institutionId) })
          .getMany();
        const names = new Map(institutions.map((i) => [i.id, i.name]));
        return rows.map((r) => Object.assign(r, { institutionName: names.get(r.institutionId) ?? '' }));
      });
    },
  };
}
