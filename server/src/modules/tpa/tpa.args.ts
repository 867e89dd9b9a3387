import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import {
  TpaAssessmentStateEnum,
  TpaCommitmentCategoryEnum,
  TpaContractActionEnum,
  TpaContractStateEnum,
  TpaDirectionEnum,
  TpaFeePaymentActionEnum,
  TpaFeePaymentStateEnum,
  TpaRectificationActionEnum,
  TpaRectificationStateEnum,
  TpaReviewActionEnum,
  TpaTargetKindEnum,
  TpaUnitKindEnum,
} from './tpa-enums.js';

@InputType({ description: '经办机构的一个单位' })
export class TpaUnitInput {
  @Field() id: string;
  @Field(() => TpaUnitKindEnum) kind: string;
  @Field() name: string;
}

@InputType({ description: '三级权重，和为1（天津办法第十四条）' })
export class TpaWeightsInput {
  @Field() headOffice: string;
  @Field() districtSubCentres: string;
  @Field() cityCentre: string;
}

@InputType({ description: '得分档：自 minScore 起拨付 payRate' })
export class TpaFeeBandInput {
  @Field() minScore: string;
  @Field() payRate: string;
}

@InputType({ description: '考核方案的一项指标及其分值' })
export class TpaPlanAreaInput {
  @Field() id: string;
  @Field() label: string;
  @Field() max: string;
}

@InputType({ description: '投标承诺（天津办法第十一条）' })
export class TpaCommitmentInput {
  @Field(() => TpaCommitmentCategoryEnum) category: string;
  @Field() description: string;
  @Field(() => TpaTargetKindEnum) targetKind: string;
  @Field(() => String, { nullable: true, description: '目标值：数值，或 yes / no；必填' }) target?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => TpaDirectionEnum) direction: string;
  @Field() measurement: string;
  @Field() points: string;
}

@ArgsType()
export class CreateTpaContractArgs {
  @Field(() => ID) tpaInstitutionId: string;
  @Field() number: string;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field({ description: '年度服务费（元）' }) annualFee: string;
  @Field(() => [TpaUnitInput]) units: TpaUnitInput[];
  @Field(() => TpaWeightsInput) weights: TpaWeightsInput;
  @Field(() => [TpaFeeBandInput]) schedule: TpaFeeBandInput[];
  @Field(() => [TpaPlanAreaInput], { nullable: true, description: '不填则用天津办法第五至十一条的默认方案' })
  plan?: TpaPlanAreaInput[] | null;
  @Field() poorResultBelow: string;
  @Field(() => Int) rectificationDays: number;
  @Field(() => [TpaCommitmentInput]) commitments: TpaCommitmentInput[];
  @Field(() => ID, { nullable: true, description: '年中招标后更换的原合同：生效时原合同于新合同起始前一日终止（天津办法第十六条）' })
  replacesContractId?: string | null;
}

@ArgsType()
export class TransitionTpaContractArgs {
  @Field(() => ID) id: string;
  @Field(() => TpaContractActionEnum) action: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ArgsType()
export class OpenTpaAssessmentArgs {
  @Field(() => ID) contractId: string;
  @Field(() => Int) year: number;
}

@InputType({ description: '一个单位一项指标的得分' })
export class TpaAreaScoreInput {
  @Field() unitId: string;
  @Field() areaId: string;
  @Field() score: string;
}

@InputType({ description: '一项承诺的实际完成值与佐证' })
export class TpaDeliveredInput {
  @Field(() => ID) commitmentId: string;
  @Field() actual: string;
  @Field(() => [ID], { nullable: true, description: '本次考核的附件（佐证材料）' }) evidenceIds?: string[] | null;
}

@InputType({ description: '一个单位的满意度调查结果（天津办法第五条、第十条）' })
export class TpaSurveyInput {
  @Field() unitId: string;
  @Field(() => Int, { description: '调查人数' }) surveyed: number;
  @Field(() => Int, { description: '满意人数' }) satisfied: number;
}

@InputType({ description: '一个辖区分中心本年度经办件数（按件数加权时）' })
export class TpaCaseloadInput {
  @Field() unitId: string;
  @Field(() => Int) cases: number;
}

@ArgsType()
export class SubmitTpaSelfCheckArgs {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => [TpaAreaScoreInput]) scores: TpaAreaScoreInput[];
  @Field(() => [TpaDeliveredInput]) delivered: TpaDeliveredInput[];
  @Field(() => [TpaSurveyInput], { nullable: true, description: '各单位满意度调查（方案含满意度指标时必填）' })
  surveys?: TpaSurveyInput[] | null;
  @Field(() => [TpaCaseloadInput], { nullable: true, description: '各分中心经办件数（本地区按件数加权时必填）' })
  caseloads?: TpaCaseloadInput[] | null;
}

@InputType({ description: '核实一项承诺：确认自查值，或更正并说明理由' })
export class TpaConfirmationInput {
  @Field(() => ID) commitmentId: string;
  @Field() confirmed: boolean;
  @Field(() => String, { nullable: true }) actual?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType({ description: '经办机构造成的基金损失（第十九条）' })
export class TpaFundLossInput {
  @Field() description: string;
  @Field() amount: string;
  @Field(() => ID, { nullable: true, description: '造成损失的监督检查问题（第十九条）' }) findingId?: string | null;
}

@ArgsType()
export class SubmitTpaOnSiteArgs {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => [TpaAreaScoreInput]) scores: TpaAreaScoreInput[];
  @Field(() => [TpaConfirmationInput]) confirmations: TpaConfirmationInput[];
  @Field(() => [TpaFundLossInput]) fundLosses: TpaFundLossInput[];
  @Field({ description: '严重违反服务协议约定（第二十条）' }) severeBreach: boolean;
  @Field(() => [TpaSurveyInput], { nullable: true, description: '核实后的满意度调查；不填则用自查所报' })
  surveys?: TpaSurveyInput[] | null;
  @Field(() => [TpaCaseloadInput], { nullable: true, description: '核实后的分中心经办件数；不填则用自查所报' })
  caseloads?: TpaCaseloadInput[] | null;
}

@ArgsType()
export class ReviewTpaAssessmentArgs {
  @Field(() => ID) id: string;
  @Field(() => TpaReviewActionEnum) action: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ArgsType()
export class ProposeTpaFeePaymentArgs {
  @Field(() => ID) assessmentId: string;
  @Field(() => Int) quarter: number;
  @Field({ description: '拨付（记账）日期 YYYY-MM-DD' }) date: string;
}

@ArgsType()
export class TransitionTpaFeePaymentArgs {
  @Field(() => ID) id: string;
  @Field(() => TpaFeePaymentActionEnum) action: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ArgsType()
export class TransitionTpaRectificationArgs {
  @Field(() => ID) id: string;
  @Field(() => TpaRectificationActionEnum) action: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType({ description: '委托经办合同筛选' })
export class TpaContractFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => TpaContractStateEnum, { nullable: true }) state?: string;
}
export const CONTRACT_SORT = sortable(
  'TpaContractSortField',
  { id: 'c.id', number: 'c.number', endDate: 'c.end_date', state: 'c.state' },
  'endDate',
);
@ArgsType()
export class TpaContractListArgs extends ListArgs {
  @Field(() => CONTRACT_SORT.enum, { nullable: true }) sortField?: keyof typeof CONTRACT_SORT.enum;
  @Field(() => TpaContractFilter, { nullable: true }) filter?: TpaContractFilter;
}

@InputType({ description: '年度考核筛选' })
export class TpaAssessmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => ID, { nullable: true }) contractId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => TpaAssessmentStateEnum, { nullable: true }) state?: string;
}
export const ASSESSMENT_SORT = sortable('TpaAssessmentSortField', { id: 'a.id', year: 'a.year', state: 'a.state' }, 'year');
@ArgsType()
export class TpaAssessmentListArgs extends ListArgs {
  @Field(() => ASSESSMENT_SORT.enum, { nullable: true }) sortField?: keyof typeof ASSESSMENT_SORT.enum;
  @Field(() => TpaAssessmentFilter, { nullable: true }) filter?: TpaAssessmentFilter;
}

@InputType({ description: '经办服务费拨付筛选' })
export class TpaFeePaymentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => ID, { nullable: true }) assessmentId?: string;
  @Field(() => TpaFeePaymentStateEnum, { nullable: true }) state?: string;
}
export const PAYMENT_SORT = sortable('TpaFeePaymentSortField', { id: 'p.id', date: 'p.date', state: 'p.state' }, 'date');
@ArgsType()
export class TpaFeePaymentListArgs extends ListArgs {
  @Field(() => PAYMENT_SORT.enum, { nullable: true }) sortField?: keyof typeof PAYMENT_SORT.enum;
  @Field(() => TpaFeePaymentFilter, { nullable: true }) filter?: TpaFeePaymentFilter;
}

@InputType({ description: '约谈整改筛选' })
export class TpaRectificationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => ID, { nullable: true }) contractId?: string;
  @Field(() => TpaRectificationStateEnum, { nullable: true }) state?: string;
}
export const RECTIFICATION_SORT = sortable('TpaRectificationSortField', { id: 'r.id', dueDate: 'r.due_date', state: 'r.state' }, 'dueDate');
@ArgsType()
export class TpaRectificationListArgs extends ListArgs {
  @Field(() => RECTIFICATION_SORT.enum, { nullable: true }) sortField?: keyof typeof RECTIFICATION_SORT.enum;
  @Field(() => TpaRectificationFilter, { nullable: true }) filter?: TpaRectificationFilter;
}
