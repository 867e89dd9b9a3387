import { DESIGNATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { DesignationRankingRow } from './designation.entity.js';
import type { DesignationService } from './designation.service.js';

/** The view's region and round, both required: a ranking is of one round's applicants. */
function regionRound(view: ListView): { regionId: string; round: string } {
  const regionId = typeof view.filter.regionId === 'string' ? view.filter.regionId : '';
  const round = typeof view.filter.round === 'string' ? view.filter.round.trim() : '';
  const errors: Record<string, string> = {};
  if (!regionId) errors['filter.regionId'] = '请选择统筹地区';
  if (!round) errors['filter.round'] = '请填写申报批次';
  if (Object.keys(errors).length) throw new BadUserInputError(errors, undefined, { reason: 'RANKING_NEEDS_REGION_ROUND' });
  return { regionId, round };
}

/**
 * A round's applicants by their annex 2 score, as the ranking page shows them (Xinjiang art. 9,
 * annex 2: 根据得分择优确定); an applicant failing a basic line is listed without a rank.
 */
export function designationRankingExport(designations: DesignationService): ListExport<DesignationRankingRow> {
  return {
    resource: 'DesignationApplication',
    name: 'DesignationRanking',
    right: 'designation.read',
    title: '定点申请综合审核排名',
    filterFields: ['regionId', 'round'],
    columns: [
      { header: '名次', width: 6, value: (r) => r.rank ?? '不排序' },
      { header: '申请机构', width: 36, value: (r) => r.institutionName },
      { header: '基础指标', width: 12, value: (r) => (r.basicPassed ? '全部合格' : '不合格') },
      { header: '差异化指标得分', width: 14, value: (r) => r.total },
      { header: '状态', width: 12, value: (r) => DESIGNATION_WORKFLOW.stateLabels[r.state].zh },
    ],
    page: async (caller: Caller, view: ListView, page: number) => {
      if (page > 0) return [];
      const { regionId, round } = regionRound(view);
      return designations.ranking(caller, regionId, round);
    },
  };
}
