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
/** The TPA contract and its assessment are the city agency's (Qinhuangdao art. 60, 62; Tianjin art. 4, 13); the TPA files its self-check. */
const TPA_AGENCY = ['admin', 'inspector', 'agency_officer'] as const satisfies readonly Role[];
const TPA_INSPECTORS = ['inspector'] as const satisfies readonly Role[];
const TPA_STAFF = ['tpa_staff'] as const satisfies readonly Role[];
const TPA_CITATION = 'Qinhuangdao art. 60, 62–63; Tianjin art. 11, 14, 18';
const TPA_ASSESS_CITATION = 'Tianjin art. 13–16';
const TPA_FEE_CITATION = 'Tianjin art. 18–19; Qinhuangdao art. 63';
/** Claimants are registered by the agency (city and county) and by the TPA for the intake it is delegated (Qinhuangdao art. 60–62). */
const CLAIMANT_CITATION = 'Qinhuangdao art. 60–62, 64';
const CLAIMANT_OFFICERS = ['admin', 'agency_officer', 'tpa_staff'] as const satisfies readonly Role[];
const CLAIMANT_READERS = ['admin', 'agency_officer', 'tpa_staff', 'inspector'] as const satisfies readonly Role[];
/** The collection system's file is the agency's own data (art. 11, 60): not delegated to the TPA. */
const CLAIMANT_AGENCY = ['admin', 'agency_officer'] as const satisfies readonly Role[];
/** Intake and dispatch may be delegated to the TPA; acceptance, review and conclusions stay with the agency (Qinhuangdao art. 17–24, 60–62). */
const ASSESSMENT_CITATION = 'Qinhuangdao art. 17–24, 60–62';
/** Declarations (Qinhuangdao art. 55): the TPA assists with the intake (art. 62), the county or city agency confirms, audits and decides (art. 57, 61). */
const DECLARATION_CITATION = 'Qinhuangdao art. 55, 61–62';
const DECLARATION_READERS = ['admin', 'agency_officer', 'tpa_staff', 'inspector', 'fund_manager'] as const satisfies readonly Role[];
const AUDITORS = ['admin', 'agency_officer', 'inspector'] as const satisfies readonly Role[];
const REVEAL_CITATION = 'PIPL art. 28, 51; Product rule: an ID number or phone is revealed deliberately, with a reason, audited';

/** Accounts are the administrator's (GB/T 22239-2019 8.1.4.2: 应对登录的用户分配账户和权限). */
const ACCOUNTS = 'GB/T 22239-2019 8.1.4.2; Product rule: administrators manage accounts';
/** The city agency and the county (县区) agencies each work their own area (Qinhuangdao art. 60–61). */
const COUNTY_CITATION = 'Qinhuangdao art. 60–61';
/** Designation is the city and county agencies' (Qinhuangdao art. 60–61); the TPA only assists (art. 62). */
const AGENCY = ['admin', 'agency_officer'] as const satisfies readonly Role[];
/** Designation of assessment institutions is the agency's, its inspectors doing the review (Xinjiang art. 8–11; Qinhuangdao art. 60). */
const DESIGNATION_OFFICERS = ['admin', 'inspector', 'agency_officer'] as const satisfies readonly Role[];
const DESIGNATION = 'Qinhuangdao art. 60–62; Product rule: an institution is deactivated with a reason, never deleted';

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

/** Supervision (Qinhuangdao art. 66–74; Xinjiang art. 25–27): the agency's inspectors inspect and order; administrators publish (art. 73). */
const SUPERVISION_CITATION = 'Qinhuangdao art. 66–68, 74; Xinjiang art. 25–27';
const PUBLICATION_CITATION = 'Qinhuangdao art. 73';
/** Settlement (Qinhuangdao art. 55–56, 60–61): the city or county agency generates, reviews and re-checks; the fund managers pay (art. 50–52). */
const SETTLEMENT_OFFICERS = ['agency_officer'] as const satisfies readonly Role[];
const SETTLEMENT_READERS = ['admin', 'agency_officer', 'inspector', 'fund_manager'] as const satisfies readonly Role[];
const SETTLEMENT_ACTORS = ['agency_officer', 'fund_manager'] as const satisfies readonly Role[];
const SETTLEMENT_CITATION = 'Qinhuangdao art. 32, 54–56, 60–61';

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
  right('tpaContract.read', 'TpaContract', SIGNED_IN, '查看委托经办合同', 'View TPA contracts', TPA_CITATION),
  right('tpaContract.create', 'TpaContract', TPA_AGENCY, '起草委托经办合同', 'Draft TPA contracts', TPA_CITATION),
  right('tpaContract.transition', 'TpaContract', TPA_AGENCY, '办理委托经办合同状态变更', 'Change a TPA contract’s state', TPA_CITATION),
  right('tpaContract.activate', 'TpaContract', TPA_AGENCY, '合同生效', 'Put a TPA contract in force', TPA_CITATION),
  right('tpaContract.propose_termination', 'TpaContract', TPA_AGENCY, '提请终止合同', 'Propose termination', 'Tianjin art. 20'),
  right('tpaContract.approve_termination', 'TpaContract', TPA_AGENCY, '批准终止合同', 'Approve termination', 'Tianjin art. 20'),
  right('tpaContract.reject_termination', 'TpaContract', TPA_AGENCY, '驳回终止合同', 'Reject termination', 'Tianjin art. 20'),
  right('tpaAssessment.read', 'TpaAssessment', SIGNED_IN, '查看委托经办年度考核', 'View TPA assessments', TPA_ASSESS_CITATION),
  right('tpaAssessment.create', 'TpaAssessment', TPA_INSPECTORS, '启动年度考核', 'Open a yearly assessment', TPA_ASSESS_CITATION),
  right('tpaAssessment.submit_self_check', 'TpaAssessment', TPA_STAFF, '提交机构自查', 'File the self-check', TPA_ASSESS_CITATION),
  right('tpaAssessment.submit_on_site', 'TpaAssessment', TPA_INSPECTORS, '提交实地考核', 'Submit on-site scores', TPA_ASSESS_CITATION),
  right(
    'tpaAssessment.transition',
    'TpaAssessment',
    [...TPA_STAFF, ...TPA_INSPECTORS],
    '办理年度考核流程',
    'Move an assessment on',
    TPA_ASSESS_CITATION,
  ),
  right('tpaAssessment.approve', 'TpaAssessment', TPA_INSPECTORS, '评议通过', 'Approve an assessment', TPA_ASSESS_CITATION),
  right('tpaAssessment.return', 'TpaAssessment', TPA_INSPECTORS, '退回重评', 'Return an assessment', TPA_ASSESS_CITATION),
  right('tpaFeePayment.read', 'TpaFeePayment', SIGNED_IN, '查看经办服务费拨付', 'View TPA fee payments', TPA_FEE_CITATION),
  right('tpaFeePayment.create', 'TpaFeePayment', FUND_MANAGERS, '提请拨付经办服务费', 'Propose a TPA fee payment', TPA_FEE_CITATION),
  right('tpaFeePayment.transition', 'TpaFeePayment', FUND_MANAGERS, '复核经办服务费拨付', 'Decide a TPA fee payment', TPA_FEE_CITATION),
  right('tpaFeePayment.approve', 'TpaFeePayment', FUND_MANAGERS, '复核拨付', 'Approve and pay', TPA_FEE_CITATION),
  right('tpaFeePayment.reject', 'TpaFeePayment', FUND_MANAGERS, '驳回拨付', 'Reject a payment', TPA_FEE_CITATION),
  right('tpaRectification.read', 'TpaRectification', SIGNED_IN, '查看约谈整改', 'View rectification cases', 'Tianjin art. 20'),
  right(
    'tpaRectification.transition',
    'TpaRectification',
    TPA_INSPECTORS,
    '办理整改销号',
    'Decide a rectification case',
    'Tianjin art. 20',
  ),
  right('tpaRectification.close', 'TpaRectification', TPA_INSPECTORS, '整改销号', 'Close a rectification case', 'Tianjin art. 20'),
  right('fund.reconcile', 'FundBankStatement', FUND_MANAGERS, '录入银行对账单', 'Record bank statements', FUND_CITATION),
  right('fundWarning.read', 'FundWarning', FUND_READERS, '查看基金预警', 'View fund warnings', 'Qinhuangdao art. 58'),
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
  right('institution.transition', 'Institution', AGENCY, '办理机构停用与启用', 'Deactivate or reactivate institutions', DESIGNATION),
  right('institution.deactivate', 'Institution', AGENCY, '停用定点机构', 'Deactivate institutions', DESIGNATION),
  right('institution.reactivate', 'Institution', AGENCY, '重新启用定点机构', 'Reactivate institutions', DESIGNATION),
  right('assessment.read', 'AssessmentApplication', CLAIMANT_READERS, '查看评估申请', 'View assessment applications', ASSESSMENT_CITATION),
  right(
    'assessment.create',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '登记评估申请',
    'Register assessment applications',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.transition',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '办理评估申请',
    'Move an assessment application on',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.request_materials',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '告知补正评估申请材料',
    'Request application materials',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.complete_materials',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '确认材料补齐',
    'Confirm materials complete',
    ASSESSMENT_CITATION,
  ),
  right('assessment.accept', 'AssessmentApplication', CLAIMANT_AGENCY, '受理评估申请', 'Accept an application', ASSESSMENT_CITATION),
  right('assessment.refuse', 'AssessmentApplication', CLAIMANT_AGENCY, '不予受理评估申请', 'Refuse an application', ASSESSMENT_CITATION),
  right('assessment.forward', 'AssessmentApplication', CLAIMANT_AGENCY, '报送市级', 'Forward to the city', ASSESSMENT_CITATION),
  right('assessment.dispatch', 'AssessmentApplication', CLAIMANT_OFFICERS, '派评估机构', 'Dispatch to an institution', ASSESSMENT_CITATION),
  right(
    'assessment.draw',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '确认评估人员抽取',
    'Confirm the assessor draw',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.record_onsite',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '录入现场评估',
    'Record the on-site assessment',
    ASSESSMENT_CITATION,
  ),
  right('assessment.conclude', 'AssessmentApplication', CLAIMANT_AGENCY, '确认评估结论', 'Confirm the conclusion', ASSESSMENT_CITATION),
  right(
    'assessment.city_review',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '市级审核评估结论',
    'City review of a conclusion',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.return_conclusion',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '退回评估结论',
    'Return a conclusion',
    ASSESSMENT_CITATION,
  ),
  right('assessment.close_publicity', 'AssessmentApplication', CLAIMANT_AGENCY, '结束公示', 'Close the publicity', ASSESSMENT_CITATION),
  right(
    'assessment.uphold_objection',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '认定异议成立',
    'Uphold an objection',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.issue_letter',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '出具结论书',
    'Issue the conclusion letter',
    ASSESSMENT_CITATION,
  ),
  right('assessment.finalize', 'AssessmentApplication', CLAIMANT_AGENCY, '结论生效', 'Finalize a conclusion', ASSESSMENT_CITATION),
  right('assessment.dispute', 'AssessmentApplication', CLAIMANT_AGENCY, '登记复评申请', 'Record a dispute', ASSESSMENT_CITATION),
  right(
    'assessment.end_uncooperative',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '因拒不配合终止评估',
    'End for refusal to cooperate',
    ASSESSMENT_CITATION,
  ),
  right('assessment.withdraw', 'AssessmentApplication', CLAIMANT_OFFICERS, '撤回评估申请', 'Withdraw an application', ASSESSMENT_CITATION),
  right(
    'assessment.dismiss_objection',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '认定异议不成立',
    'Dismiss an objection',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.draw_assessors',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '随机抽取评估人员',
    'Draw the assessors',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.onsite',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '填写现场评估记录',
    'Fill in the on-site record',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.objection',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '登记公示异议',
    'Record a publicity objection',
    ASSESSMENT_CITATION,
  ),
  right(
    'assessment.spot_check',
    'AssessmentApplication',
    CLAIMANT_AGENCY,
    '随机抽查评估结论',
    'Draw spot-checks',
    'Qinhuangdao art. 27(4)',
  ),
  right(
    'assessment.relation',
    'AssessmentApplication',
    CLAIMANT_OFFICERS,
    '登记评估人员回避关系',
    'Record an assessor relation',
    ASSESSMENT_CITATION,
  ),
  right('carePlan.read', 'CarePlan', CLAIMANT_READERS, '查看护理服务计划', 'View care plans', 'Qinhuangdao art. 30, 62'),
  right('carePlan.create', 'CarePlan', CLAIMANT_OFFICERS, '拟定护理服务计划', 'Draft care plans', 'Qinhuangdao art. 30, 62'),
  right('carePlan.transition', 'CarePlan', CLAIMANT_AGENCY, '办理护理计划备案', 'Move a care plan on', 'Qinhuangdao art. 30, 60'),
  right('carePlan.accept', 'CarePlan', CLAIMANT_AGENCY, '护理计划备案通过', 'Accept a care plan', 'Qinhuangdao art. 30, 60'),
  right('carePlan.end', 'CarePlan', CLAIMANT_AGENCY, '终止护理计划', 'End a care plan', 'Qinhuangdao art. 30, 60'),
  // supervision (issue 14): inspections, findings and their consequences, rectification, publication
  right('inspectionPlan.read', 'Inspection', INSPECTION_READERS, '查看监督检查', 'View inspections', SUPERVISION_CITATION),
  right('inspectionPlan.create', 'Inspection', INSPECTORS, '制定检查计划', 'Plan inspections', SUPERVISION_CITATION),
  right('inspectionPlan.update', 'Inspection', INSPECTORS, '填写检查清单', 'Fill in the checklist', SUPERVISION_CITATION),
  right('inspectionPlan.transition', 'Inspection', INSPECTORS, '办理监督检查', 'Move an inspection on', SUPERVISION_CITATION),
  right('inspectionPlan.start', 'Inspection', INSPECTORS, '开始检查', 'Start an inspection', SUPERVISION_CITATION),
  right('inspectionPlan.record_findings', 'Inspection', INSPECTORS, '完成问题记录', 'Finish recording findings', SUPERVISION_CITATION),
  right('inspectionPlan.close', 'Inspection', INSPECTORS, '办结监督检查', 'Close an inspection', SUPERVISION_CITATION),
  right('inspectionPlan.cancel', 'Inspection', INSPECTORS, '取消监督检查', 'Cancel an inspection', SUPERVISION_CITATION),
  right('finding.create', 'InspectionFinding', INSPECTORS, '记录检查发现的问题', 'Record findings', SUPERVISION_CITATION),
  right(
    'finding.consequence',
    'InspectionFinding',
    INSPECTORS,
    '作出处理（扣款、暂停协议、移交、追回）',
    'Impose a consequence',
    SUPERVISION_CITATION,
  ),
  right('rectification.read', 'Rectification', INSPECTION_READERS, '查看整改', 'View rectifications', SUPERVISION_CITATION),
  right('rectification.create', 'Rectification', INSPECTORS, '责令整改', 'Order a rectification', SUPERVISION_CITATION),
  right('rectification.transition', 'Rectification', INSPECTORS, '办理整改跟踪', 'Follow up a rectification', SUPERVISION_CITATION),
  right('rectification.report_rectified', 'Rectification', INSPECTORS, '登记整改完成', 'Record a rectification', SUPERVISION_CITATION),
  right('rectification.verify', 'Rectification', INSPECTORS, '整改验收', 'Verify a rectification', SUPERVISION_CITATION),
  right('rectification.reject', 'Rectification', INSPECTORS, '整改验收不通过', 'Reject a rectification', SUPERVISION_CITATION),
  right(
    'supervision.read',
    'Supervision',
    [...INSPECTION_READERS, 'fund_manager'],
    '查看监管看板',
    'View the supervision dashboard',
    SUPERVISION_CITATION,
  ),
  right('publication.read', 'Publication', INSPECTION_READERS, '查看信息公开', 'View publications', PUBLICATION_CITATION),
  right('publication.create', 'Publication', ADMIN, '发布公开信息', 'Publish information', PUBLICATION_CITATION),
  right('publication.withdraw', 'Publication', ADMIN, '撤回公开信息', 'Withdraw a publication', PUBLICATION_CITATION),
  // service declarations, smart-audit flags, inspection samples, carers (issue 13): care institutions have no login,
  // the agency or the TPA enters for them; the agency confirms, audits and decides (Qinhuangdao art. 55, 57, 61–62)
  right('declaration.read', 'ServiceDeclaration', DECLARATION_READERS, '查看服务申报', 'View service declarations', DECLARATION_CITATION),
  right('declaration.create', 'ServiceDeclaration', CLAIMANT_OFFICERS, '录入服务申报', 'Enter service declarations', DECLARATION_CITATION),
  right('declaration.import', 'ServiceDeclaration', CLAIMANT_OFFICERS, '导入服务申报', 'Import service declarations', DECLARATION_CITATION),
  right('declaration.transition', 'ServiceDeclaration', CLAIMANT_AGENCY, '办理服务申报', 'Move a declaration on', DECLARATION_CITATION),
  right('declaration.confirm', 'ServiceDeclaration', CLAIMANT_AGENCY, '确认服务申报', 'Confirm a declaration', DECLARATION_CITATION),
  right('declaration.reopen', 'ServiceDeclaration', CLAIMANT_AGENCY, '退回服务申报', 'Return a declaration', DECLARATION_CITATION),
  right('declaration.audit', 'ServiceDeclaration', AUDITORS, '运行智能审核', 'Run the smart audit', 'Qinhuangdao art. 57'),
  right('auditFlag.read', 'AuditFlag', DECLARATION_READERS, '查看智能审核标记', 'View audit flags', 'Qinhuangdao art. 57'),
  right('auditFlag.decide', 'AuditFlag', AUDITORS, '审核决定（支付、核减、拒付）', 'Decide audit flags', 'Qinhuangdao art. 57, 61'),
  right('auditFlag.export', 'AuditFlag', DECLARATION_READERS, '导出智能审核标记', 'Export audit flags', 'Qinhuangdao art. 57'),
  right('inspection.create', 'InspectionSample', AUDITORS, '抽取稽核样本', 'Draw an inspection sample', 'Qinhuangdao art. 67'),
  right('inspection.record', 'InspectionSample', AUDITORS, '记录稽核结果', 'Record inspection findings', 'Qinhuangdao art. 67'),
  right('settlement.read', 'SettlementRun', SETTLEMENT_READERS, '查看月度结算', 'View monthly settlements', SETTLEMENT_CITATION),
  right('settlement.create', 'SettlementRun', SETTLEMENT_OFFICERS, '生成月度结算数据', 'Run a monthly settlement', SETTLEMENT_CITATION),
  right('settlement.transition', 'SettlementRun', SETTLEMENT_ACTORS, '办理结算审核与拨付', 'Move a settlement on', SETTLEMENT_CITATION),
  right('settlement.review', 'SettlementRun', SETTLEMENT_OFFICERS, '结算初审', 'First review of a settlement', 'Qinhuangdao art. 54–55'),
  right('settlement.recheck', 'SettlementRun', SETTLEMENT_OFFICERS, '结算复核', 'Re-check a settlement', 'Qinhuangdao art. 54–56'),
  right('settlement.return', 'SettlementRun', SETTLEMENT_ACTORS, '退回结算', 'Return a settlement', 'Qinhuangdao art. 55–56'),
  right('settlement.pay', 'SettlementRun', FUND_MANAGERS, '审批拨付结算款', 'Approve and pay a settlement', 'Qinhuangdao art. 50–52, 55'),
  right('settlement.export', 'SettlementRun', SETTLEMENT_READERS, '导出结算单', 'Export settlement sheets', SETTLEMENT_CITATION),
  right(
    'statement.read',
    'BenefitStatement',
    CLAIMANT_READERS,
    '查看待遇结算单（参保人）',
    'View benefit statements',
    'Qinhuangdao art. 32, 64',
  ),
  // subsidies and donations entered with their documents, posted on a second fund manager's approval (issue 12)
  right('fundGrant.read', 'FundGrant', FUND_READERS, '查看财政补助与社会捐助', 'View subsidies and donations', 'Qinhuangdao art. 50, 51'),
  right(
    'fundGrant.create',
    'FundGrant',
    FUND_MANAGERS,
    '录入财政补助与社会捐助',
    'Enter subsidies and donations',
    'Qinhuangdao art. 50, 51',
  ),
  right(
    'fundGrant.transition',
    'FundGrant',
    FUND_MANAGERS,
    '复核财政补助与社会捐助',
    'Decide subsidies and donations',
    'Qinhuangdao art. 51, 56',
  ),
  right('fundGrant.approve', 'FundGrant', FUND_MANAGERS, '复核入账', 'Approve and post', 'Qinhuangdao art. 51, 56'),
  right('fundGrant.reject', 'FundGrant', FUND_MANAGERS, '驳回入账', 'Reject', 'Qinhuangdao art. 51, 56'),
  right(
    'designation.read',
    'DesignationApplication',
    INSPECTION_READERS,
    '查看定点评估机构申请',
    'View designation applications',
    'Xinjiang art. 7–11',
  ),
  right(
    'designation.create',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '登记定点评估机构申请',
    'Record designation applications',
    'Xinjiang art. 7',
  ),
  right(
    'designation.update',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '填写综合审核表与审核小组',
    'Fill in the review and the panel',
    'Xinjiang art. 9',
  ),
  right(
    'designation.transition',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '办理定点申请',
    'Move a designation application on',
    'Xinjiang art. 8–11',
  ),
  right(
    'designation.accept',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '受理定点申请',
    'Accept an application',
    'Xinjiang art. 8, 12',
  ),
  right(
    'designation.refuse',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '不予受理定点申请',
    'Refuse an application',
    'Xinjiang art. 12',
  ),
  right(
    'designation.request_supplement',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '告知补正材料',
    'Request supplements',
    'Xinjiang art. 8',
  ),
  right(
    'designation.receive_supplement',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '登记补正材料',
    'Record supplements received',
    'Xinjiang art. 8',
  ),
  right(
    'designation.pass_materials',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '初审通过',
    'Pass the materials check',
    'Xinjiang art. 8–9',
  ),
  right(
    'designation.approve_review',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '综合审核通过并公示',
    'Approve the review',
    'Xinjiang art. 9',
  ),
  right(
    'designation.reject',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '定点申请审核未通过',
    'Reject an application',
    'Xinjiang art. 8–9',
  ),
  right(
    'designation.conclude',
    'DesignationApplication',
    DESIGNATION_OFFICERS,
    '公示期满签订协议',
    'Conclude after publicity',
    'Xinjiang art. 9–11',
  ),
  right(
    'institutionFinding.record',
    'InstitutionFinding',
    DESIGNATION_OFFICERS,
    '登记机构违规记录（伪造材料、调查、失信）',
    'Record findings against an institution',
    'Xinjiang art. 12, 21',
  ),
  right(
    'infoChange.conclude',
    'InfoChange',
    DESIGNATION_OFFICERS,
    '办理机构信息变更',
    'Conclude an information change',
    'Xinjiang art. 21',
  ),
  right('infoChange.read', 'InfoChange', SIGNED_IN, '查看机构信息变更', 'View information changes', 'Xinjiang art. 21'),
  right('infoChange.create', 'InfoChange', EDITORS, '登记机构信息变更', 'Record information changes', 'Xinjiang art. 21'),
  // the service-item catalogue (national, the administrator's data) and claimant sanctions (Qinhuangdao art. 69, 71)
  right(
    'serviceItem.read',
    'CareServiceItem',
    CLAIMANT_READERS,
    '查看长护服务项目目录',
    'View the service-item catalogue',
    'Qinhuangdao art. 30',
  ),
  right(
    'serviceItem.import',
    'CareServiceItem',
    ADMIN,
    '导入长护服务项目目录',
    'Import the service-item catalogue',
    'Qinhuangdao art. 30; Tumxuk §5(二)',
  ),
  right('sanction.read', 'ClaimantSanction', CLAIMANT_READERS, '查看待遇资格处理', 'View claimant sanctions', 'Qinhuangdao art. 69, 71'),
  right('sanction.create', 'ClaimantSanction', CLAIMANT_AGENCY, '提出暂停或取消待遇资格', 'Propose a sanction', 'Qinhuangdao art. 69'),
  right('sanction.transition', 'ClaimantSanction', CLAIMANT_AGENCY, '办理待遇资格处理', 'Move a sanction on', 'Qinhuangdao art. 69, 71'),
  right('sanction.approve', 'ClaimantSanction', CLAIMANT_AGENCY, '审批暂停或取消待遇资格', 'Approve a sanction', 'Qinhuangdao art. 69'),
  right('sanction.withdraw', 'ClaimantSanction', CLAIMANT_AGENCY, '撤回待遇资格处理', 'Withdraw a sanction', 'Qinhuangdao art. 69'),
  right(
    'sanction.reinstate',
    'ClaimantSanction',
    CLAIMANT_AGENCY,
    '重新申请后恢复待遇资格',
    'Reinstate after a new application',
    'Qinhuangdao art. 71',
  ),
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
