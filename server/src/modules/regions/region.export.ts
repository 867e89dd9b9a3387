import type { Caller } from '../../common/context.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { RegionListArgs } from './region.args.js';
import type { Region } from './region.entity.js';
import type { RegionService } from './region.service.js';

/** The regions list as a spreadsheet, headers as the dashboard labels them (resources.Region.fields). */
export function regionExport(regions: RegionService): ListExport<Region> {
  return {
    resource: 'Region',
    right: 'region.read',
    title: '统筹地区',
    filterFields: ['q', 'ids'],
    columns: [
      { header: '代码', width: 16, value: (r) => r.id },
      { header: '名称', width: 24, value: (r) => r.name },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      regions.list(caller, { ...view, page, perPage } as RegionListArgs),
  };
}
