import { SETTLEMENT_RUN_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { County } from '../regions/county.entity.js';
import type { SettlementRunListArgs } from './settlement.args.js';
import type { SettlementService } from './settlement.service.js';
import type { SettlementRun } from './settlement-run.entity.js';

type ExportRow = SettlementRun & { countyName: string };

/** As the dashboard's Chinese messages word them (admin/src/settlement/messages.ts). */
const KIND: Record<string, string> = { care: '护理服务费用（第五十五条）', assessmentFee: '评估费用（第五十四条）' };

/**
 * The monthly settlements list (admin/src/settlement/SettlementRunList.tsx) as a spreadsheet: its
 * columns in its order, the county's name (市级 when none), translated kind and state (issue 8,
 * defect 5). `/export/SettlementRun` is a run's sheets, so the list exports as `SettlementRunList`.
 */
export function settlementRunExport(db: Db, settlements: SettlementService): ListExport<ExportRow> {
  return {
    resource: 'SettlementRun',
    name: 'SettlementRunList',
    right: 'settlement.read',
    title: '月度结算',
    filterFields: ['ids', 'regionId', 'state', 'month'],
    columns: [
      { header: '结算月份', width: 10, value: (r) => r.month },
      { header: '县（区）', width: 14, value: (r) => r.countyName },
      { header: '结算种类', width: 26, value: (r) => KIND[r.kind] ?? r.kind },
      { header: '状态', width: 12, value: (r) => SETTLEMENT_RUN_WORKFLOW.stateLabels[r.state].zh },
      { header: '结算单数', width: 10, value: (r) => r.sheets },
      { header: '基金支付合计', width: 16, value: (r) => r.fundTotal },
      { header: '个人负担合计', width: 16, value: (r) => r.claimantTotal },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await settlements.list(caller, { ...view, page, perPage } as SettlementRunListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its reference fields, read once per page. */
async function withNames(db: Db, caller: Caller, rows: SettlementRun[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const ids = [...new Set(rows.map((r) => r.countyId).filter((id): id is string => Boolean(id)))];
    const counties = ids.length ? await scope.rows(County, 'k').andWhere('k.id = ANY(:ids)', { ids }).getMany() : [];
    const names = new Map(counties.map((k) => [k.id, k.name]));
    return rows.map((r) => Object.assign(r, { countyName: r.countyId ? (names.get(r.countyId) ?? r.countyId) : '市级' }));
  });
}
