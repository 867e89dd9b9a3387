/**
 * The product rules the dashboard cites (workflow tables, to-do kinds), in the Chinese the
 * Chinese UI shows them in. A citation keeps its English text (`Product rule: …`), as the code
 * and its tests write it; `formatCitation` words each known rule in Chinese. A rule's article
 * in parentheses stays in the citation's short form and is worded as a document reference.
 */
export const PRODUCT_RULES_ZH: Readonly<Record<string, string>> = {
  // to-do (待办)
  'reminders 60 days before an agreement expires': '服务协议到期前60日提醒',
  'days left are calendar days from today to the due date': '剩余天数为自今日至截止日的自然日数',
  'reminders — overdue red, up to 7 days orange, up to 30 yellow, more green':
    '提醒着色：逾期为红色，7日内为橙色，30日内为黄色，其余为绿色',
  'each role’s items due, scoped by the rights of each kind': '按角色及各类事项的权限列出待办',
  // workflows
  'a record moves only by its workflow table': '记录只能按其流程表办理变更状态',
  'an institution has one agreement in force at a time': '一家机构同一时间只有一份生效的服务协议',
  'maker-checker, the approver is not the proposer': '经办与审批分离，审批人不得为提请人',
  'maker-checker, a rejected proposal returns the agreement to its state before it': '经办与审批分离，提请被驳回的协议恢复到提请前的状态',
  'a parameter change is submitted for a second administrator’s approval': '政策参数变更须提交另一名管理员审批',
  'a parameter change never reaches back into a settled month; with no settlement yet, not before the 1st of the current month':
    '政策参数变更不得追溯至已结算的月份；尚无结算时，不得早于当月1日',
  'maker-checker, a policy parameter change is approved by a second administrator': '经办与审批分离，政策参数变更须由另一名管理员批准',
  'an immutable ledger corrected by reversal (Qinhuangdao art. 49 基金财务制度、会计制度)':
    '账簿不可改写，差错以冲正更正（Qinhuangdao art. 49 基金财务制度、会计制度）',
  'maker-checker, the approver of a reversal is not its proposer (Qinhuangdao art. 56 岗位责任)':
    '经办与审批分离，冲正的审批人不得为申请人（Qinhuangdao art. 56 岗位责任）',
  'policy parameters change by proposal and a second administrator’s approval': '政策参数经提出并由另一名管理员批准后变更',
  'approved parameter changes apply from their effective date (four-eyes approved)': '经批准（经办与审批分离）的参数变更自生效日起适用',
  'password policy': '密码策略',
  'administrators manage accounts': '由管理员管理用户账户',
};

const KNOWN = Object.keys(PRODUCT_RULES_ZH).sort((a, b) => b.length - a.length);

/** Each known `Product rule: …` of a citation in Chinese (`产品规则：…`); an unknown one is left as it is. */
export function productRulesInChinese(citation: string): string {
  let out = citation;
  for (const rule of KNOWN) out = out.split(`Product rule: ${rule}`).join(`产品规则：${PRODUCT_RULES_ZH[rule]}`);
  return out;
}
