import {
  TPA_ASSESSMENT_ACTIONS,
  TPA_ASSESSMENT_STATES,
  TPA_COMMITMENT_AREAS,
  TPA_CONTRACT_ACTIONS,
  TPA_CONTRACT_STATES,
  TPA_FEE_PAYMENT_ACTIONS,
  TPA_FEE_PAYMENT_STATES,
  TPA_RECTIFICATION_ACTIONS,
  TPA_RECTIFICATION_STATES,
  TPA_UNIT_KINDS,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TpaContractStateEnum = asEnum(TPA_CONTRACT_STATES);
registerEnumType(TpaContractStateEnum, { name: 'TpaContractState', description: '委托经办合同状态' });
export const TpaContractActionEnum = asEnum(TPA_CONTRACT_ACTIONS);
registerEnumType(TpaContractActionEnum, { name: 'TpaContractAction', description: '委托经办合同流程操作' });
export const TpaAssessmentStateEnum = asEnum(TPA_ASSESSMENT_STATES);
registerEnumType(TpaAssessmentStateEnum, { name: 'TpaAssessmentState', description: '年度考核状态（天津办法第十三条）' });
export const TpaReviewActionEnum = asEnum(TPA_ASSESSMENT_ACTIONS.filter((a) => a === 'approve' || a === 'return'));
registerEnumType(TpaReviewActionEnum, { name: 'TpaReviewAction', description: '考核评议操作' });
export const TpaFeePaymentStateEnum = asEnum(TPA_FEE_PAYMENT_STATES);
registerEnumType(TpaFeePaymentStateEnum, { name: 'TpaFeePaymentState', description: '经办服务费拨付状态' });
export const TpaFeePaymentActionEnum = asEnum(TPA_FEE_PAYMENT_ACTIONS);
registerEnumType(TpaFeePaymentActionEnum, { name: 'TpaFeePaymentAction', description: '经办服务费拨付复核操作' });
export const TpaRectificationStateEnum = asEnum(TPA_RECTIFICATION_STATES);
registerEnumType(TpaRectificationStateEnum, { name: 'TpaRectificationState', description: '约谈整改状态' });
export const TpaRectificationActionEnum = asEnum(TPA_RECTIFICATION_ACTIONS);
registerEnumType(TpaRectificationActionEnum, { name: 'TpaRectificationAction', description: '约谈整改操作' });
export const TpaCommitmentCategoryEnum = asEnum(TPA_COMMITMENT_AREAS);
registerEnumType(TpaCommitmentCategoryEnum, { name: 'TpaCommitmentCategory', description: '投标承诺类别（天津办法第十一条）' });
export const TpaUnitKindEnum = asEnum(TPA_UNIT_KINDS);
registerEnumType(TpaUnitKindEnum, { name: 'TpaUnitKind', description: '经办机构单位层级（天津办法第十四条）' });
export const TpaTargetKindEnum = asEnum(['number', 'yesNo'] as const);
registerEnumType(TpaTargetKindEnum, { name: 'TpaTargetKind', description: '承诺目标：数值或是/否' });
export const TpaDirectionEnum = asEnum(['atLeast', 'atMost'] as const);
registerEnumType(TpaDirectionEnum, { name: 'TpaDirection', description: '不少于或不多于' });
