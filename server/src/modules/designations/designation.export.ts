import { DESIGNATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { todayInChina } from '../../common/today.js';
import { Institution } from '../institutions/institution.entity.js';
import type { DesignationApplicationListArgs } from './designation.args.js';
import type { DesignationApplication, DesignationRankingRow } from './designation.entity.js';
import { clockOf, type DesignationService } from './designation.service.js';

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

type ListRow = DesignationApplication & { institutionName: string; clockText: string };

/** The designation applications list (admin/src/designations/DesignationList.tsx) as a spreadsheet: its columns, in its order (issue 8, defect 5; Xinjiang art. 8). */
export function designationExport(db: Db, designations: DesignationService): ListExport<ListRow> {
  return {
    resource: 'DesignationApplication',
    right: 'designation.read',
    title: '定点评估机构申请',
    filterFields: ['ids', 'regionId', 'institutionId', 'state', 'round'],
    columns: [
      { header: '申请日期', width: 12, value: (r) => r.applicationDate },
      { header: '申请批次', width: 14, value: (r) => r.round },
      { header: '机构', width: 36, value: (r) => r.institutionName },
      { header: '状态', width: 14, value: (r) => DESIGNATION_WORKFLOW.stateLabels[r.state].zh },
      { header: '审核得分', width: 10, value: (r) => r.reviewTotal },
      { header: '审核剩余时间', width: 24, value: (r) => r.clockText },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await designations.list(caller, { ...view, page, perPage } as DesignationApplicationListArgs);
      if (!rows.length) return [];
      const today = todayInChina();
      return db.read(caller, async (scope) => {
        const institutions = await scope
          .rows(Institution, 'i')
          .andWhere('i.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.institutionId))] })
          .getMany();
        const names = new Map(institutions.map((i) => [i.id, i.name]));
        return rows.map((r) => {
          // the art. 8 review time left, as ClockField shows it (app.designations.clock_value / clock_paused)
          const clock = clockOf(r, today);
          const clockText = !clock ? '' : clock.paused ? '补正材料中，期限暂停' : `${clock.remainingDays}天（${clock.due}届满）`;
          return Object.assign(r, { institutionName: names.get(r.institutionId) ?? '', clockText });
        });
      });
    },
  };
}
