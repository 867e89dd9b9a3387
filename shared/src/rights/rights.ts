import { PASSWORD_CITATION } from '../users/password-policy.js';
import { type Label, ROLES, type Role } from './roles.js';

/** Any signed-in caller, whatever their roles (the server's `@Authorized()` with no roles). */
export const SIGNED_IN = 'signedIn';

export interface Right {
  /** Stable id `resource.action`, e.g. `institution.read`: what a resolver names. */
  id: string;
  /** The resource as the GraphQL schema and react-admin spell it. */
  resource: string;
  action: string;
  roles: readonly Role[] | typeof SIGNED_IN;
  label: Label;
  citation: string;
}

const EDITORS = ['admin', 'inspector', 'agency_officer'] as const satisfies readonly Role[];
const ADMIN = ['admin'] as const satisfies readonly Role[];
const TODAY = 'Product rule: access as the server grants it today';
/** Agreements are the agency's work (city and county, Qinhuangdao art. 36, 60–61); the TPA only assists (art. 62). */
/** Policy parameters are the administrators' (four-eyes: a second administrator approves). */
const POLICY_CHANGE_CITATION = 'Product rule: policy parameters change by proposal and a second administrator’s approval';
const AGREEMENT_CITATION = 'Qinhuangdao art. 36, 60–62; Xinjiang art. 10, 24–25';
/** The records' files are the agency's archive (Xinjiang art. 17); whoever may read a record may read its files. */
const ATTACHMENT_CITATION = 'Xinjiang art. 7, 17; Qinhuangdao art. 60–62';
/** The fund is the agency's (Qinhuangdao art. 49–52, 56); a TPA never holds, posts or pays it (art. 49; Tumxuk §6(三)). */
const FUND_MANAGERS = ['fund_manager'] as const satisfies readonly Role[];
const FUND_READERS = ['admin', 'fund_manager'] as const satisfies readonly Role[];
const FUND_CITATION = 'Qinhuangdao art. 49–52, 56; Tumxuk §6(三)';
/** Claimants are registered by the agency (city and county) and by the TPA for the intake it is delegated (Qinhuangdao art. 60–62). */
const CLAIMANT_CITATION = 'Qinhuangdao art. 60–62, 64';
const CLAIMANT_OFFICERS = ['admin', 'agency_officer', 'tpa_staff'] as const satisfies readonly Role[];
const CLAIMANT_READERS = ['admin', 'agency_officer', 'tpa_staff', 'inspector'] as const satisfies readonly Role[];
/** The collection system's file is the agency's own data (art. 11, 60): not delegated to the TPA. */
const CLAIMANT_AGENCY = ['admin', 'agency_officer'] as const satisfies readonly Role[];
const REVEAL_CITATION = 'PIPL art. 28, 51; Product rule: an ID number or phone is revealed deliberately, with a reason, audited';

/** Accounts are the administrator's (GB/T 22239-2019 8.1.4.2: 应对登录的用户分配账户和权限). */
const ACCOUNTS = 'GB/T 22239-2019 8.1.4.2; Product rule: administrators manage accounts';
/** The city agency and the county (县区) agencies each work their own area (Qinhuangdao art. 60–61). */
const COUNTY_CITATION = 'Qinhuangdao art. 60–61';

/** Inspection and evaluation are the agency's (Qinhuangdao art. 60, 67); its inspectors keep the scorecards (Xinjiang art. 27). */
const INSPECTORS = ['inspector'] as const satisfies readonly Role[];
const INSPECTION_READERS = ['admin', 'inspector', 'agency_officer'] as const satisfies readonly Role[];
const COMPLAINT_TAKERS = ['inspector', 'agency_officer'] as const satisfies readonly Role[];
const SCORECARD_CITATION = 'Qinhuangdao art. 67; Xinjiang art. 27; Changzhou 2024 scorecard';
const COMPLAINT_CITATION = 'Qinhuangdao art. 60, 67, 72';
/** An institution's roster, premises and systems are the agency's designation file (Xinjiang art. 6–7, 15, 19). */
const STAFF_CITATION = 'Xinjiang art. 6–7, 15, 19';
/** The pool is the medical-security department's (Xinjiang art. 16); agency officers and inspectors keep it, administrators too. */
const POOL_KEEPERS = ['admin', 'inspector', 'agency_officer'] as const satisfies readonly Role[];
const RELATED_CITATION = 'Xinjiang art. 7(2), 12(4), 12(6); Qinhuangdao art. 40; Tumxuk §6(一)';

const right = <const I extends string>(
  id: I,
  resource: string,
  roles: Right['roles'],
  zh: string,
  en: string,
  citation = TODAY,
): Right & { id: I } => ({ id, resource, action: id.slice(id.indexOf('.') + 1), roles, label: { zh, en }, citation });

/** One table of who may do what, read by the server's authorization and by the dashboard's menu and `canAccess`. */
export const RIGHTS = [
  right('session.read', 'Session', SIGNED_IN, '查看本人账户', 'See one’s own account'),
  right('institution.read', 'Institution', SIGNED_IN, '查看定点机构', 'View institutions'),
  right('institution.create', 'Institution', EDITORS, '新增定点机构', 'Create institutions'),
  right('institution.update', 'Institution', EDITORS, '修改定点机构', 'Edit institutions'),
  right('institution.delete', 'Institution', ADMIN, '删除定点机构', 'Delete institutions'),
  right('institution.export', 'Institution', SIGNED_IN, '导出定点机构', 'Export institutions'),
  right('institution.import', 'Institution', EDITORS, '导入定点机构', 'Import institutions'),
  right('job.read', 'Job', SIGNED_IN, '查看后台任务', 'View background jobs'),
  right('session.changePassword', 'Session', SIGNED_IN, '修改本人密码', 'Change one’s own password', PASSWORD_CITATION),
  right('region.read', 'Region', SIGNED_IN, '查看统筹地区', 'View regions'),
  right(
    'todo.read',
    'Todo',
    SIGNED_IN,
    '查看本人待办',
    'See one’s to-do list',
    'Product rule: each role’s items due, scoped by the rights of each kind',
  ),
  right('region.update', 'Region', ADMIN, '修改统筹地区名称', 'Rename regions', ACCOUNTS),
  right('county.read', 'County', SIGNED_IN, '查看县区', 'View counties', COUNTY_CITATION),
  right('county.update', 'County', ADMIN, '修改县区名称', 'Rename counties', COUNTY_CITATION),
  right('user.read', 'User', ADMIN, '查看用户', 'View users', ACCOUNTS),
  right('user.create', 'User', ADMIN, '新增用户', 'Create users', ACCOUNTS),
  right('user.update', 'User', ADMIN, '修改用户角色与地区', 'Edit users’ roles and regions', ACCOUNTS),
  right('user.deactivate', 'User', ADMIN, '停用用户', 'Deactivate users', ACCOUNTS),
  right('user.reactivate', 'User', ADMIN, '启用用户', 'Reactivate users', ACCOUNTS),
  right('user.resetPassword', 'User', ADMIN, '重置用户密码', 'Reset users’ passwords', ACCOUNTS),
  right('audit.read', 'AuditLog', ADMIN, '查看审计日志', 'View the audit log'),
  right('calendar.read', 'WorkingDayCalendar', SIGNED_IN, '查看工作日历', 'View the working-day calendar'),
  right('calendar.update', 'WorkingDayCalendar', ADMIN, '录入工作日历', 'Enter working-day calendar years'),
  right('policyPack.read', 'PolicyPack', SIGNED_IN, '查看政策参数包', 'View policy packs'),
  right('policyPack.update', 'PolicyPack', ADMIN, '覆盖政策参数', 'Override policy parameters'),
  right('policyData.read', 'PolicyData', ADMIN, '打开政策参数页面', 'Open the policy data page'),
  right('calculator.run', 'Calculator', SIGNED_IN, '试算（待遇、失能等级、评分表）', 'Run calculators (benefits, grades, scorecards)'),
  right('policyChange.read', 'PolicyChange', ADMIN, '查看政策参数变更', 'View policy parameter changes', POLICY_CHANGE_CITATION),
  right('policyChange.create', 'PolicyChange', ADMIN, '提出政策参数变更', 'Propose a policy parameter change', POLICY_CHANGE_CITATION),
  right('policyChange.update', 'PolicyChange', ADMIN, '修改政策参数变更草稿', 'Edit a draft parameter change', POLICY_CHANGE_CITATION),
  right('policyChange.transition', 'PolicyChange', ADMIN, '办理政策参数变更审批', 'Move a parameter change on', POLICY_CHANGE_CITATION),
  right('policyChange.submit', 'PolicyChange', ADMIN, '提交政策参数变更', 'Submit a parameter change', POLICY_CHANGE_CITATION),
  right('policyChange.approve', 'PolicyChange', ADMIN, '批准政策参数变更', 'Approve a parameter change', POLICY_CHANGE_CITATION),
  right('policyChange.reject', 'PolicyChange', ADMIN, '驳回政策参数变更', 'Reject a parameter change', POLICY_CHANGE_CITATION),
  right('agreement.read', 'ServiceAgreement', SIGNED_IN, '查看服务协议', 'View service agreements', AGREEMENT_CITATION),
  right('agreement.create', 'ServiceAgreement', EDITORS, '起草服务协议', 'Draft service agreements', AGREEMENT_CITATION),
  right('agreement.update', 'ServiceAgreement', EDITORS, '修改服务协议草稿', 'Edit draft service agreements', AGREEMENT_CITATION),
  right(
    'agreement.transition',
    'ServiceAgreement',
    EDITORS,
    '办理服务协议状态变更',
    'Change a service agreement’s state',
    AGREEMENT_CITATION,
  ),
  right('agreement.activate', 'ServiceAgreement', EDITORS, '协议生效', 'Put an agreement in force', AGREEMENT_CITATION),
  right('agreement.suspend', 'ServiceAgreement', EDITORS, '中止协议', 'Suspend an agreement', AGREEMENT_CITATION),
  right('agreement.resume', 'ServiceAgreement', EDITORS, '恢复协议', 'Resume an agreement', AGREEMENT_CITATION),
  right('agreement.propose_termination', 'ServiceAgreement', EDITORS, '提请解除协议', 'Propose termination', AGREEMENT_CITATION),
  right('agreement.approve_termination', 'ServiceAgreement', EDITORS, '批准解除协议', 'Approve termination', AGREEMENT_CITATION),
  right('agreement.reject_termination', 'ServiceAgreement', EDITORS, '驳回解除协议', 'Reject termination', AGREEMENT_CITATION),
  right('agreement.expire', 'ServiceAgreement', EDITORS, '协议到期', 'Mark an agreement expired', AGREEMENT_CITATION),
  right('attachment.read', 'Attachment', SIGNED_IN, '查看和下载附件', 'View and download attachments', ATTACHMENT_CITATION),
  right('attachment.create', 'Attachment', EDITORS, '上传附件', 'Upload attachments', ATTACHMENT_CITATION),
  right('attachment.delete', 'Attachment', EDITORS, '删除附件', 'Delete attachments', ATTACHMENT_CITATION),
  right('fund.read', 'FundAccount', FUND_READERS, '查看基金账户与记账', 'View fund accounts and postings', FUND_CITATION),
  right('fund.post', 'FundPosting', FUND_MANAGERS, '基金记账', 'Post to the fund ledger', FUND_CITATION),
  right('fund.import', 'FundPosting', FUND_MANAGERS, '导入税务征缴收入', 'Import tax collection files', FUND_CITATION),
  right('fund.reverse', 'FundReversal', FUND_MANAGERS, '提请冲正', 'Propose a reversal', FUND_CITATION),
  right('fund.transition', 'FundReversal', FUND_MANAGERS, '办理冲正审批', 'Decide a reversal', FUND_CITATION),
  right('fund.approve', 'FundReversal', FUND_MANAGERS, '批准冲正', 'Approve a reversal', FUND_CITATION),
  right('fund.reject', 'FundReversal', FUND_MANAGERS, '驳回冲正', 'Reject a reversal', FUND_CITATION),
  right('fund.acknowledge', 'FundWarning', FUND_MANAGERS, '确认基金预警', 'Acknowledge fund warnings', 'Qinhuangdao art. 58'),
  right('fund.reconcile', 'FundBankStatement', FUND_MANAGERS, '录入银行对账单', 'Record bank statements', FUND_CITATION),
  right('fund.export', 'FundAccount', FUND_READERS, '导出基金收支报表', 'Export fund statements', 'Qinhuangdao art. 56, 73'),
  right('claimant.read', 'Claimant', CLAIMANT_READERS, '查看参保人', 'View claimants', CLAIMANT_CITATION),
  right('claimant.create', 'Claimant', CLAIMANT_OFFICERS, '登记参保人', 'Register claimants', CLAIMANT_CITATION),
  right(
    'claimant.update',
    'Claimant',
    CLAIMANT_OFFICERS,
    '修改参保人信息（含缴费、住院、死亡）',
    'Edit claimants (contributions, stays, death)',
    CLAIMANT_CITATION,
  ),
  right(
    'claimant.reveal',
    'Claimant',
    CLAIMANT_OFFICERS,
    '查看完整身份证号或电话（须说明理由）',
    'Reveal an ID number or phone (with a reason)',
    REVEAL_CITATION,
  ),
  right(
    'claimant.import',
    'Claimant',
    CLAIMANT_AGENCY,
    '导入征缴系统月度缴费文件',
    'Import the collection system’s monthly file',
    CLAIMANT_CITATION,
  ),
  right('scorecard.read', 'AnnualScorecard', INSPECTION_READERS, '查看年度考核评分表', 'View annual scorecards', SCORECARD_CITATION),
  right(
    'scorecard.record',
    'AnnualScorecard',
    INSPECTORS,
    '记录考核事项与月度数据',
    'Record scorecard events and monthly counts',
    SCORECARD_CITATION,
  ),
  right('scorecard.transition', 'AnnualScorecard', INSPECTORS, '办理评分表签发', 'Move a scorecard on', SCORECARD_CITATION),
  right('scorecard.submit', 'AnnualScorecard', INSPECTORS, '提交评分表复核', 'Submit a scorecard', SCORECARD_CITATION),
  right('scorecard.approve', 'AnnualScorecard', INSPECTORS, '复核签发评分表', 'Approve a scorecard', SCORECARD_CITATION),
  right('scorecard.return', 'AnnualScorecard', INSPECTORS, '退回评分表', 'Return a scorecard', SCORECARD_CITATION),
  right('scorecard.reopen', 'AnnualScorecard', INSPECTORS, '重新开启评分表', 'Reopen a scorecard', SCORECARD_CITATION),
  right('complaint.read', 'Complaint', INSPECTION_READERS, '查看投诉举报', 'View complaints', COMPLAINT_CITATION),
  right('complaint.create', 'Complaint', COMPLAINT_TAKERS, '登记投诉举报', 'Record complaints', COMPLAINT_CITATION),
  right('complaint.update', 'Complaint', INSPECTORS, '记录投诉调查情况', 'Record a complaint’s investigation', COMPLAINT_CITATION),
  right('complaint.transition', 'Complaint', INSPECTORS, '办理投诉调查', 'Move a complaint on', COMPLAINT_CITATION),
  right('complaint.investigate', 'Complaint', INSPECTORS, '开始调查投诉', 'Investigate a complaint', COMPLAINT_CITATION),
  right('complaint.verify', 'Complaint', INSPECTORS, '认定投诉查实', 'Verify a complaint', COMPLAINT_CITATION),
  right('complaint.dismiss', 'Complaint', INSPECTORS, '认定投诉不属实', 'Dismiss a complaint', COMPLAINT_CITATION),
  right('staff.read', 'Staff', SIGNED_IN, '查看机构人员与评估人员库', 'View staff and the assessor pool', STAFF_CITATION),
  right('staff.create', 'Staff', EDITORS, '登记机构人员', 'Record staff', STAFF_CITATION),
  right('staff.update', 'Staff', EDITORS, '修改机构人员', 'Edit staff', STAFF_CITATION),
  right('staff.delete', 'Staff', EDITORS, '删除机构人员', 'Delete staff', STAFF_CITATION),
  right('staff.train', 'Staff', EDITORS, '登记评估人员培训', 'Record assessor training', 'Xinjiang art. 15'),
  right('staff.remove', 'Staff', POOL_KEEPERS, '移出评估人员库', 'Remove from the assessor pool', 'Xinjiang art. 16'),
  right(
    'relatedPerson.read',
    'RelatedPerson',
    EDITORS,
    '查看机构关联人员（证件号码脱敏）',
    'View related persons (ID numbers masked)',
    RELATED_CITATION,
  ),
  right('relatedPerson.create', 'RelatedPerson', EDITORS, '登记机构关联人员', 'Record related persons', RELATED_CITATION),
  right('relatedPerson.update', 'RelatedPerson', EDITORS, '修改机构关联人员', 'Edit related persons', RELATED_CITATION),
  right('relatedPerson.delete', 'RelatedPerson', EDITORS, '删除机构关联人员', 'Delete related persons', RELATED_CITATION),
  right(
    'relatedPerson.reveal',
    'RelatedPerson',
    POOL_KEEPERS,
    '查看完整证件号码（留痕）',
    'Reveal an ID number (audited)',
    REVEAL_CITATION,
  ),
  right('carePlan.read', 'CarePlan', CLAIMANT_READERS, '查看护理服务计划', 'View care plans', 'Qinhuangdao art. 30, 62'),
  right('carePlan.create', 'CarePlan', CLAIMANT_OFFICERS, '拟定护理服务计划', 'Draft care plans', 'Qinhuangdao art. 30, 62'),
  right('carePlan.transition', 'CarePlan', CLAIMANT_AGENCY, '办理护理计划备案', 'Move a care plan on', 'Qinhuangdao art. 30, 60'),
  right('carePlan.accept', 'CarePlan', CLAIMANT_AGENCY, '护理计划备案通过', 'Accept a care plan', 'Qinhuangdao art. 30, 60'),
  right('carePlan.end', 'CarePlan', CLAIMANT_AGENCY, '终止护理计划', 'End a care plan', 'Qinhuangdao art. 30, 60'),
] as const;

export type RightId = (typeof RIGHTS)[number]['id'];

const BY_ID = new Map<string, Right>(RIGHTS.map((r) => [r.id, r]));

export function isRightId(value: unknown): value is RightId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function rightById(id: RightId): Right {
  return BY_ID.get(id)!;
}

/** Whether a caller holding these roles has the right (an unknown right id: never). */
export function can(roles: readonly string[], right: RightId): boolean {
  const r = BY_ID.get(right);
  if (!r) return false;
  return r.roles === SIGNED_IN || roles.some((role) => (r.roles as readonly string[]).includes(role));
}

/** The roles that hold a right (every role for a signed-in right). */
export function rolesWith(right: RightId): readonly Role[] {
  const r = rightById(right);
  return r.roles === SIGNED_IN ? ROLES : r.roles;
}

/** The right for a resource and action, e.g. (`Institution`, `update`). */
export function rightFor(resource: string, action: string): Right | undefined {
  return RIGHTS.find((r) => r.resource === resource && r.action === action);
}

const RA_ACTIONS = new Map([
  ['list', 'read'],
  ['show', 'read'],
  ['read', 'read'],
  ['export', 'read'],
  ['create', 'create'],
  ['clone', 'create'],
  ['edit', 'update'],
  ['delete', 'delete'],
]);

/** react-admin's `authProvider.canAccess` (list, show, export, create, clone, edit, delete) read from the table. */
export function canAccess(roles: readonly string[], resource: string, action: string): boolean {
  const r = rightFor(resource, RA_ACTIONS.get(action) ?? action);
  return !!r && can(roles, r.id as RightId);
}
