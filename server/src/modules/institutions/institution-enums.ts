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
