import { INSTITUTION_ACTIVITY_ACTIONS, INSTITUTION_ACTIVITY_STATES } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

export enum InstitutionKind {
  assessment = 'assessment',
  care = 'care',
  tpa = 'tpa',
}

export enum CareSubtype {
  medical = 'medical',
  integrated = 'integrated',
  elderly = 'elderly',
  other = 'other',
}

export enum InstitutionStatus {
  active = 'active',
  suspended = 'suspended',
  terminated = 'terminated',
  expired = 'expired',
  none = 'none',
}

registerEnumType(InstitutionKind, { name: 'InstitutionKind', description: '机构类型：评估机构、护理服务机构、第三方经办机构' });
registerEnumType(CareSubtype, { name: 'CareSubtype', description: '护理服务机构类别：医疗、医养结合、养老、其他' });
registerEnumType(InstitutionStatus, {
  name: 'InstitutionStatus',
  description: '协议状态（由服务协议得出，不可直接修改）：正常、暂停、解除、期满、无协议',
});

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
/** The shared activity workflow's states and actions (deactivated with a reason, never deleted). */
export const InstitutionStateEnum = enumOf(INSTITUTION_ACTIVITY_STATES);
export const InstitutionActionEnum = enumOf(INSTITUTION_ACTIVITY_ACTIONS);
registerEnumType(InstitutionStateEnum, { name: 'InstitutionState', description: '机构启用状态：启用、已停用（只能经流程操作改变）' });
registerEnumType(InstitutionActionEnum, { name: 'InstitutionAction', description: '机构操作：停用、重新启用' });
