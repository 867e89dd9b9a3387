import { INSTITUTION_ACTIVITY_WORKFLOW, type InstitutionActivityState } from '@ltci/shared';
import { CareSubtype, InstitutionKind, InstitutionStatus } from './institution-enums.js';

/** The dashboard's Chinese labels (admin/src/i18n/zh-CN.ts, enums.*), for files people open in Excel. */
export const KIND_LABELS: Record<InstitutionKind, string> = {
  [InstitutionKind.assessment]: '评估机构',
  [InstitutionKind.care]: '护理服务机构',
  [InstitutionKind.tpa]: '第三方经办机构',
};
export const CARE_SUBTYPE_LABELS: Record<CareSubtype, string> = {
  [CareSubtype.medical]: '医疗机构',
  [CareSubtype.integrated]: '医养结合机构',
  [CareSubtype.elderly]: '养老机构',
  [CareSubtype.other]: '其他',
};
export const STATUS_LABELS: Record<InstitutionStatus, string> = {
  [InstitutionStatus.active]: '正常',
  [InstitutionStatus.suspended]: '暂停',
  [InstitutionStatus.terminated]: '解除',
  [InstitutionStatus.expired]: '期满',
  [InstitutionStatus.none]: '无协议',
};

/** The activity workflow's state labels (shared), as the dashboard shows them. */
export const STATE_LABELS: Record<InstitutionActivityState, string> = {
  active: INSTITUTION_ACTIVITY_WORKFLOW.stateLabels.active.zh,
  inactive: INSTITUTION_ACTIVITY_WORKFLOW.stateLabels.inactive.zh,
};

/** Column headers, as the dashboard's fields (resources.Institution.fields). */
export const FIELD_HEADERS = {
  name: '机构名称',
  kind: '机构类型',
  careSubtype: '护理机构类别',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  address: '地址',
  regionId: '统筹地区',
  status: '状态',
  state: '启用状态',
  staffCount: '人员数',
} as const;
