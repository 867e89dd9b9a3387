import { POSTING_KIND_RULES } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Region } from '../regions/region.entity.js';
import type { FundGrantListArgs } from './fund-grant.args.js';
import type { FundGrant } from './fund-grant.entity.js';
import type { FundGrantService } from './fund-grant.service.js';

type Row = FundGrant & { regionName: string };

const STATES: Record<string, string> = { proposed: '待复核', posted: '已入账', rejected: '已驳回' };

/** The subsidies and donations as a spreadsheet, with the list's columns and Chinese headers (Qinhuangdao art. 51). */
export function fundGrantExport(db: Db, grants: FundGrantService): ListExport<Row> {
  return {
    resource: 'FundGrant',
    right: 'fundGrant.read',
    title: '财政补助与社会捐助',
    filterFields: ['ids', 'regionId', 'kind', 'state'],
    columns: [
      { header: '到账日期', width: 12, value: (g) => g.date },
      { header: '统筹地区', width: 14, value: (g) => g.regionName },
      { header: '类别', width: 16, value: (g) => POSTING_KIND_RULES[g.kind].label.zh },
      { header: '资金来源', width: 30, value: (g) => g.source },
      { header: '文件文号', width: 24, value: (g) => g.documentRef },
      { header: '金额（元）', width: 16, value: (g) => g.amount },
      { header: '状态', width: 10, value: (g) => STATES[g.state] ?? g.state },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await grants.list(caller, { ...view, page, perPage } as FundGrantListArgs);
      if (!rows.length) return [];
      const regions = await db.read(caller, async (scope) => new Map((await scope.rows(Region, 'r').getMany()).map((r) => [r.id, r.name])));
      return rows.map((g) => Object.assign(g, { regionName: regions.get(g.regionId) ?? g.regionId }));
    },
  };
}
