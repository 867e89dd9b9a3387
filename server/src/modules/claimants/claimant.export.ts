import type { ContributionCategory, EligibilityStatus } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import type { ClaimantListArgs } from './claimant.args.js';
import type { Claimant } from './claimant.entity.js';
import type { ClaimantService } from './claimant.service.js';

type ExportRow = Claimant & { regionName: string; countyName: string };

/** As the dashboard's Chinese messages word them (admin/src/claimants/messages.ts). */
const SEX: Record<string, string> = { male: '男', female: '女' };
const CATEGORY: Record<ContributionCategory, string> = {
  employee: '职工',
  retiree: '退休人员',
  flexible: '灵活就业人员',
  flexibleRetiree: '灵活就业退休人员',
  resident: '城乡居民',
  minor: '未成年人（随父母参保）',
  orphan: '孤儿、事实无人抚养儿童',
};
const STATUS: Record<EligibilityStatus, string> = {
  notInsured: '未参保',
  waiting: '等待期',
  suspended: '暂停',
  active: '正常',
  ended: '终止',
  undetermined: '无法确定',
};

/**
 * The claimants list (admin/src/claimants/ClaimantList.tsx) as a spreadsheet: its columns in its
 * order, the ID number masked as on screen (the full number never leaves through a list), region
 * and county names, translated sex, category and eligibility status (issue 8, defect 5).
 */
export function claimantExport(db: Db, claimants: ClaimantService): ListExport<ExportRow> {
  return {
    resource: 'Claimant',
    right: 'claimant.read',
    title: '参保人',
    filterFields: ['q', 'idNumber', 'ids', 'regionId', 'countyId', 'category', 'eligibilityStatus'],
    // the exact-ID search is a full ID number: the export's audit row does not keep it
    secretFilters: ['idNumber'],
    columns: [
      { header: '姓名', width: 14, value: (r) => r.name },
      { header: '身份证号码', width: 22, value: (r) => r.idNumberMasked },
      { header: '性别', width: 6, value: (r) => SEX[r.sex] ?? r.sex },
      { header: '出生日期', width: 12, value: (r) => r.birthDate },
      { header: '参保类别', width: 20, value: (r) => CATEGORY[r.category] ?? r.category },
      { header: '参保统筹地区', width: 14, value: (r) => r.regionName },
      { header: '参保县区', width: 14, value: (r) => r.countyName },
      { header: '待遇资格状态', width: 12, value: (r) => STATUS[r.eligibilityStatus] ?? r.eligibilityStatus },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await claimants.list(caller, { ...view, page, perPage } as ClaimantListArgs);
      return rows.length ? withNames(db, caller, rows) : [];
    },
  };
}

/** What the list's grid shows through its reference fields, read once per page. */
async function withNames(db: Db, caller: Caller, rows: Claimant[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const regions = new Map((await scope.rows(Region, 'r').getMany()).map((r) => [r.id, r.name]));
    const ids = [...new Set(rows.map((r) => r.countyId).filter((id): id is string => Boolean(id)))];
    const counties = ids.length ? await scope.rows(County, 'k').andWhere('k.id = ANY(:ids)', { ids }).getMany() : [];
    const names = new Map(counties.map((k) => [k.id, k.name]));
    return rows.map((r) =>
      Object.assign(r, {
        regionName: regions.get(r.regionId) ?? r.regionId,
        countyName: r.countyId ? (names.get(r.countyId) ?? r.countyId) : '',
      }),
    );
  });
}
