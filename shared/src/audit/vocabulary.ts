import type { Label } from '../rights/roles.js';

/**
 * What the audit trail records: each operation and each kind of object, with its name in both
 * languages. The server may write only these (its `recordAudit` is typed by them); the dashboard's
 * filters and the audit export read the same names, so a new kind cannot go unlabelled.
 */
export const AUDIT_OPERATION_LABELS = {
  create: { zh: '新建', en: 'Create' },
  update: { zh: '修改', en: 'Update' },
  delete: { zh: '删除', en: 'Delete' },
  transition: { zh: '状态变更', en: 'State change' },
  import: { zh: '导入', en: 'Import' },
  export: { zh: '导出', en: 'Export' },
  download: { zh: '下载', en: 'Download' },
  submitJob: { zh: '提交后台任务', en: 'Submit a job' },
  post: { zh: '记账', en: 'Post' },
  acknowledge: { zh: '确认', en: 'Acknowledge' },
  deactivate: { zh: '停用', en: 'Deactivate' },
  reactivate: { zh: '启用', en: 'Reactivate' },
  reset_password: { zh: '重置密码', en: 'Reset password' },
  change_password: { zh: '修改密码', en: 'Change password' },
  login: { zh: '登录', en: 'Sign-in' },
  login_failed: { zh: '登录失败', en: 'Failed sign-in' },
  reveal: { zh: '查看敏感信息', en: 'Reveal personal data' },
  withdraw: { zh: '撤销', en: 'Withdraw' },
  remove_from_pool: { zh: '移出评估人员库', en: 'Remove from pool' },
} as const satisfies Record<string, Label>;
export type AuditOperation = keyof typeof AUDIT_OPERATION_LABELS;
export const AUDIT_OPERATIONS = Object.keys(AUDIT_OPERATION_LABELS) as AuditOperation[];

export const AUDIT_ENTITY_LABELS = {
  Institution: { zh: '机构', en: 'Institution' },
  ServiceAgreement: { zh: '服务协议', en: 'Service agreement' },
  InfoChange: { zh: '机构信息变更', en: 'Information change' },
  Attachment: { zh: '附件', en: 'Attachment' },
  User: { zh: '用户', en: 'User' },
  Region: { zh: '统筹地区', en: 'Region' },
  County: { zh: '县区', en: 'County' },
  CalendarYear: { zh: '工作日历年度', en: 'Calendar year' },
  PolicyOverrides: { zh: '政策参数覆盖', en: 'Policy overrides' },
  PolicyChange: { zh: '政策参数变更', en: 'Policy parameter change' },
  Job: { zh: '后台任务', en: 'Background job' },
  FundPosting: { zh: '基金记账凭证', en: 'Fund posting' },
  FundReversal: { zh: '冲正申请', en: 'Reversal' },
  FundWarning: { zh: '基金预警', en: 'Fund warning' },
  AuditLog: { zh: '审计日志', en: 'Audit log' },
  TpaContract: { zh: '委托经办合同', en: 'TPA contract' },
  TpaAssessment: { zh: '委托经办年度考核', en: 'TPA assessment' },
  TpaFeePayment: { zh: '经办服务费拨付', en: 'TPA fee payment' },
  TpaRectification: { zh: '约谈整改', en: 'Rectification case' },
  FundBankStatement: { zh: '银行对账单', en: 'Bank statement' },
  Claimant: { zh: '参保人', en: 'Claimant' },
  ClaimantContribution: { zh: '参保人缴费记录', en: 'Claimant contribution' },
  HospitalStay: { zh: '住院记录', en: 'Hospital stay' },
  AnnualScorecard: { zh: '年度考核评分表', en: 'Annual scorecard' },
  ScorecardEvent: { zh: '考核事项', en: 'Scorecard event' },
  MonthlyCount: { zh: '月度评估与满意度数据', en: 'Monthly counts' },
  Complaint: { zh: '投诉举报', en: 'Complaint' },
  Staff: { zh: '机构人员', en: 'Staff member' },
  AssessorTraining: { zh: '评估人员培训', en: 'Assessor training' },
  RelatedPerson: { zh: '机构关联人员', en: 'Related person' },
  AssessmentApplication: { zh: '失能等级评估申请', en: 'Assessment application' },
  CarePlan: { zh: '护理服务计划', en: 'Care plan' },
  CareServiceItem: { zh: '长护服务项目目录', en: 'Service-item catalogue' },
  ClaimantSanction: { zh: '参保人待遇资格处理', en: 'Claimant sanction' },
} as const satisfies Record<string, Label>;
export type AuditEntityType = keyof typeof AUDIT_ENTITY_LABELS;
export const AUDIT_ENTITY_TYPES = Object.keys(AUDIT_ENTITY_LABELS) as AuditEntityType[];
