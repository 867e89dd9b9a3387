import type { Caller } from '../../common/context.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { TpaAssessmentListArgs, TpaContractListArgs } from './tpa.args.js';
import type { TpaAssessment } from './tpa-assessment.entity.js';
import type { TpaAssessmentService } from './tpa-assessment.service.js';
import type { TpaContract } from './tpa-contract.entity.js';
import type { TpaContractService } from './tpa-contract.service.js';

const CONTRACT_STATES: Record<string, string> = {
  draft: '草稿',
  active: '履行中',
  termination_pending: '终止待审批',
  terminated: '已终止',
};
const ASSESSMENT_STATES: Record<string, string> = { self_check: '机构自查', on_site: '实地考核', review: '考核评议', approved: '已评定' };

/** The TPA contracts as a spreadsheet (Chinese headers as the dashboard labels them). */
export function tpaContractExport(contracts: TpaContractService): ListExport<TpaContract> {
  return {
    resource: 'TpaContract',
    right: 'tpaContract.read',
    title: '委托经办合同',
    filterFields: ['q', 'ids', 'regionId', 'state'],
    columns: [
      { header: '合同编号', width: 24, value: (c) => c.number },
      { header: '统筹地区', width: 14, value: (c) => c.regionId },
      { header: '起始日期', width: 12, value: (c) => c.startDate },
      { header: '终止日期', width: 12, value: (c) => c.endDate },
      { header: '年度服务费（元）', width: 16, value: (c) => c.annualFee },
      { header: '本部权重', width: 10, value: (c) => c.weights.headOffice },
      { header: '辖区分中心权重', width: 12, value: (c) => c.weights.districtSubCentres },
      { header: '市级中心权重', width: 12, value: (c) => c.weights.cityCentre },
      { header: '状态', width: 12, value: (c) => CONTRACT_STATES[c.state] ?? c.state },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      contracts.list(caller, { ...view, page, perPage } as TpaContractListArgs),
  };
}

/** The yearly assessments as a spreadsheet: year, state, total and fee due. */
export function tpaAssessmentExport(assessments: TpaAssessmentService): ListExport<TpaAssessment> {
  return {
    resource: 'TpaAssessment',
    right: 'tpaAssessment.read',
    title: '委托经办年度考核',
    filterFields: ['ids', 'regionId', 'contractId', 'year', 'state'],
    columns: [
      { header: '年度', width: 8, value: (a) => a.year },
      { header: '统筹地区', width: 14, value: (a) => a.regionId },
      { header: '合同', width: 38, value: (a) => a.contractId },
      { header: '状态', width: 12, value: (a) => ASSESSMENT_STATES[a.state] ?? a.state },
      { header: '考核总得分', width: 12, value: (a) => a.total },
      { header: '应拨服务费（元）', width: 16, value: (a) => a.feeDue },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      assessments.list(caller, { ...view, page, perPage } as TpaAssessmentListArgs),
  };
}
