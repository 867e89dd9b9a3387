import { ANNUAL_SCORECARD_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ExportColumn, ListExport, ListView } from '../../common/list-export.js';
import { Institution } from '../institutions/institution.entity.js';
import { Region } from '../regions/region.entity.js';
import type { AnnualScorecardListArgs } from './scorecard.args.js';
import type { AnnualScorecard, ScorecardRankingRow } from './scorecard.entity.js';
import { adoptedAnnualTemplate } from './scorecard.scoring.js';
import type { ScorecardService } from './scorecard.service.js';

type ListRow = AnnualScorecard & { institutionName: string; regionName: string };

const stateZh = (state: keyof typeof ANNUAL_SCORECARD_WORKFLOW.stateLabels) => ANNUAL_SCORECARD_WORKFLOW.stateLabels[state].zh;

/** The scorecards list (admin/src/scorecards/ScorecardList.tsx) as a spreadsheet, with the stored parts of each total (Xinjiang art. 27). */
export function scorecardExport(db: Db, scorecards: ScorecardService): ListExport<ListRow> {
  return {
    resource: 'AnnualScorecard',
    right: 'scorecard.read',
    title: '年度考核评分表',
    filterFields: ['ids', 'regionId', 'institutionId', 'year', 'state'],
    columns: [
      { header: '定点机构', width: 36, value: (r) => r.institutionName },
      { header: '统筹地区', width: 14, value: (r) => r.regionName },
      { header: '考核年度', width: 10, value: (r) => r.year },
      { header: '扣分项得分', width: 12, value: (r) => r.deductionPart },
      { header: '加分项得分', width: 12, value: (r) => r.bonusPart },
      { header: '一票否决扣分', width: 12, value: (r) => r.vetoDeduction },
      { header: '总分', width: 10, value: (r) => r.total },
      { header: '状态', width: 12, value: (r) => stateZh(r.state) },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await scorecards.list(caller, { ...view, page, perPage } as AnnualScorecardListArgs);
      if (!rows.length) return [];
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
    },
  };
}

/** The view's region and year, both required: a ranking is of one region and one year. */
function regionYear(view: ListView): { regionId: string; year: number } {
  const regionId = typeof view.filter.regionId === 'string' ? view.filter.regionId : '';
  const year = Number(view.filter.year);
  const errors: Record<string, string> = {};
  if (!regionId) errors['filter.regionId'] = '请选择统筹地区';
  if (!Number.isInteger(year)) errors['filter.year'] = '请填写考核年度';
  if (Object.keys(errors).length) throw new BadUserInputError(errors, undefined, { reason: 'RANKING_NEEDS_REGION_YEAR' });
  return { regionId, year };
}

/**
 * The comparison page (admin/src/scorecards/ScorecardRanking.tsx) as a spreadsheet: the same rows
 * from the same service query, each category of the region's adopted template side by side, then the
 * deduction part, the bonus part, the veto deduction and the total (Xinjiang art. 27; Changzhou 2024).
 */
export function scorecardRankingExport(scorecards: ScorecardService): ListExport<ScorecardRankingRow> {
  return {
    resource: 'AnnualScorecard',
    name: 'AnnualScorecardRanking',
    right: 'scorecard.read',
    title: '年度考核排名',
    filterFields: ['regionId', 'year'],
    columns: (view: ListView): ExportColumn<ScorecardRankingRow>[] => {
      const { regionId, year } = regionYear(view);
      const template = adoptedAnnualTemplate(regionId, year);
      return [
        { header: '名次', width: 6, value: (r) => r.rank },
        { header: '定点机构', width: 36, value: (r) => r.institutionName },
        ...template.categories.map(
          (c): ExportColumn<ScorecardRankingRow> => ({
            header: `${c.title}（${c.max}分）`,
            width: 14,
            value: (r) => r.categories.find((x) => x.id === c.id)?.score ?? '',
          }),
        ),
        { header: '扣分项得分', width: 12, value: (r) => r.deductionPart },
        { header: '加分项得分', width: 12, value: (r) => r.bonusPart },
        { header: '一票否决扣分', width: 12, value: (r) => r.vetoDeduction },
        { header: '总分', width: 10, value: (r) => r.total },
        { header: '状态', width: 12, value: (r) => stateZh(r.state) },
      ];
    },
    // one region-year is one page: the ranking is not paged (every institution ranked at once)
    page: async (caller: Caller, view: ListView, page: number) => {
      if (page > 0) return [];
      const { regionId, year } = regionYear(view);
      adoptedAnnualTemplate(regionId, year); // a year without a template answers 400 before the file starts
      return scorecards.ranking(caller, { regionId, year });
    },
  };
}
