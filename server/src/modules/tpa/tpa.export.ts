import { TPA_FEE_PAYMENT_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import { Region } from '../regions/region.entity.js';
import type { TpaAssessmentListArgs, TpaContractListArgs, TpaFeePaymentListArgs } from './tpa.args.js';
import type { TpaAssessment } from './tpa-assessment.entity.js';
import type { TpaAssessmentService } from './tpa-assessment.service.js';
import type { TpaContract } from './tpa-contract.entity.js';
import type { TpaContractService } from './tpa-contract.service.js';
import type { TpaFeeService } from './tpa-fee.service.js';
import type { TpaFeePayment } from './tpa-fee-payment.entity.js';

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

type FeePaymentRow = TpaFeePayment & { regionName: string };

/**
 * The fee payments list (admin/src/tpa/TpaFeePaymentList.tsx) as a spreadsheet: its columns in its
 * order, the region's name and the state's Chinese label, the amount as the decimal it is (issue 8, defect 5).
 */
export function tpaFeePaymentExport(db: Db, fees: TpaFeeService): ListExport<FeePaymentRow> {
  return {
    resource: 'TpaFeePayment',
    right: 'tpaFeePayment.read',
    title: '经办服务费拨付',
    filterFields: ['ids', 'regionId', 'assessmentId', 'state'],
    columns: [
      { header: '拨付日期', width: 12, value: (p) => p.date },
      { header: '统筹地区', width: 14, value: (p) => p.regionName },
      { header: '考核年度', width: 10, value: (p) => p.year },
      { header: '季度', width: 8, value: (p) => p.quarter },
      { header: '拨付金额（元）', width: 16, value: (p) => p.amount },
      { header: '状态', width: 12, value: (p) => TPA_FEE_PAYMENT_WORKFLOW.stateLabels[p.state]?.zh ?? p.state },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await fees.list(caller, { ...view, page, perPage } as TpaFeePaymentListArgs);
      if (!rows.length) return [];
      const regions = await db.read(caller, async (scope) => new Map((await scope.rows(Region, 'r').getMany()).map((r) => [r.id, r.name])));
      return rows.map((p) => Object.assign(p, { regionName: regions.get(p.regionId) ?? p.regionId }));
    },
  };
}
