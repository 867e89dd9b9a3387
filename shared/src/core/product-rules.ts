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
  'blocking flags are decided by the 20th of the next month, so the month can be settled':
    '阻断标记须在服务月次月20日前逐条决定，以便按月结算',
  'an assessment deadline shows 7 days ahead, red once past': '评估期限前7日提醒，逾期标红',
  'a dispute or upheld objection is taken in within 5 working days': '争议复评申请或查实的异议须在5个工作日内受理',
  'the end-of-term assessment shows 90 days before a severe conclusion’s two years end': '重度失能评估结论2年有效期届满前90日提示期末评估',
  // workflows
  'a confirmed declaration is returned for correction with a reason': '已确认的申报须说明理由方可退回更正',
  'a settled declaration is never reopened, so nothing is paid twice': '已进入结算的申报不能退回修改，以免重复或漏付',
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
  // claimants' file: care plans, sanctions, month quote (issue 11 items 7–10)
  'a drafted care plan is accepted or returned within 5 days of its drafting': '拟定的护理服务计划应在拟定后5日内备案或退回',
  'reminders 30 days before a sanction’s period ends': '待遇资格暂停或取消期限届满前30日提醒',
  'a proposed sanction is approved by a second officer within 5 days': '提出的待遇资格处理应在5日内由另一名经办人员审批',
  'the approver is not the proposer': '审批人不得为提出人',
  'a month is quoted on the days its benefit periods and an accepted care plan cover':
    '按当月待遇享受期间与已备案护理计划共同覆盖的天数测算',
  'home visits quoted every other day at the plan’s weekly frequency': '居家上门次数按护理计划每周频次、隔日安排测算',
  'a month with two plans is quoted with the plan of most days': '同月有两份护理计划时，按天数较多的计划测算',
  'reminders 60 days before a staff certificate expires': '人员证书到期前60日提醒',
  // fund (基金)
  'an open fund warning is acknowledged with a note within 5 days of being raised': '基金预警发出后5日内须填写说明予以确认',
  '账实相符 — the bank statement agrees with the ledger (after Tianjin art. 12)': '账实相符——银行对账单与账面一致（after Tianjin art. 12）',
  // TPA (委托经办)
  'the self-check is due by 31 January after the year': '年度自查于次年1月31日前提交',
  'on-site assessment and review are due by 31 March after the year': '实地考核与评议于次年3月31日前完成',
  'maker-checker, due on the payment date': '经办与审批分离，于拨付日前复核',
  'maker-checker, a rejected proposal returns the contract to its state before it': '经办与审批分离，提请被驳回的合同恢复到提请前的状态',
  'four-eyes, the reviewer did not score on site': '经办与审批分离，评议人未参与实地评分',
  'a review sends the on-site scores back with a reason': '评议退回实地评分须说明理由',
  'maker-checker, the approver did not propose it': '经办与审批分离，审批人不得为提请人',
  'maker-checker, a rejection carries its reason': '经办与审批分离，驳回须说明理由',
  // scorecards and complaints (考核与投诉)
  'a submitted scorecard is signed off by a second inspector within 10 days': '提交的评分表由另一名考核人员在10日内复核签发',
  'a complaint is concluded within 30 days of its receipt': '投诉自受理之日起30日内办结',
  // designation (定点评估机构申请)
  'shown 30 days before the review is due': '审核期限届满前30日提醒',
  'an applicant failing a basic line is not ranked': '基础指标不合格的申请机构不参与排序',
  'maker-checker, one inspector submits the year': '经办与审批分离，一名考核人员提交年度评分',
  'maker-checker, a second inspector signs off and the year is locked': '经办与审批分离，另一名考核人员签发后年度评分锁定',
  'a returned scorecard carries its reason': '退回评分表须说明理由',
  'a correction after sign-off reopens the year with a reason': '签发后更正须说明理由重新开启',
  'the correction is a new audited event': '更正作为新的考核事项记录并留痕',
  'a locked scorecard takes no event': '已锁定的评分表不再记录考核事项',
  'a correction reopens it with a reason': '更正须说明理由重新开启',
  'an unfounded complaint carries its reasons': '投诉不属实须说明理由',
  'complaints are investigated promptly': '投诉应及时调查处理',
  // institutions (机构)
  'a deactivated institution gets no new agreement (issue 8, defect 3)': '已停用的机构不得签订新的服务协议',
  'an institution is deactivated with a reason, never deleted': '机构停用须说明理由，不予删除',
  'a deactivated institution is reactivated with a reason': '停用的机构重新启用须说明理由',
  // assessment applications and care plans (评估申请与护理计划)
  'told once, all at once': '一次性告知需补正的全部材料',
  're-checked and forwarded to the city within 5 working days': '5个工作日内复核并报送市级',
  'a founded objection opens a re-assessment': '异议成立的重新组织评估',
  'applied for within 10 working days of receipt': '收到结论之日起10个工作日内提出',
  'intake and dispatch may be the TPA’s': '受理登记与派单可由委托经办机构协助',
  'acceptance, review and conclusions are the agency’s': '受理、审核与结论由经办机构负责',
  'the acceptor is not the preparer': '备案人不得为经办人',
  'one accepted care plan per claimant at a time': '同一参保人同一时间仅有一份已备案的护理计划',
  // supervision (监督检查, issue 14)
  'an inspection is closed with every checklist item answered': '检查清单各项均填写结果后方可办结',
  'a planned inspection is cancelled with a reason': '取消已计划的检查须说明理由',
  'maker-checker, the verifier is not who recorded the rectification': '经办与验收分离，验收人不得为登记整改完成的人员',
  'a random selection is reproducible from its recorded seed': '随机抽取以记录的随机种子可复现',
  'risk — 1 point per percent of records flagged, at most 20': '风险评分：智能审核预警记录每占1%计1分，最高20分（预警多提示违规风险高）',
  'risk — 20 points times the share of beneficiaries at the cap':
    '风险评分：按达到支付限额的待遇人员占比乘以20计分（普遍顶格结算提示虚报风险）',
  'risk — 5 points per daily visit per carer above 4, at most 20':
    '风险评分：护理人员日均上门超过4次的每1次计5分，最高20分（上门过多提示记录不实）',
  'risk — 5 points per verified complaint and 2 per open one in 12 months, at most 20':
    '风险评分：近12个月查实投诉每件计5分、未办结投诉每件计2分，最高20分（投诉反映服务问题）',
  'risk — 20 points times the share of re-assessments that changed the grade':
    '风险评分：按复评改变等级的占比乘以20计分（提示原评估质量问题）',
  'quality outlier — at least 10 conclusions, and grade distance above 0.2, changed share above 10% or mean days above 1.5 times the region’s':
    '评估质量异常：结论不少于10份，且等级分布与全区差距超过0.2、争议或抽查改变结论占比超过10%或平均用时超过全区1.5倍（须重点检查）',
  'nothing personal is published': '公开信息不得含有个人信息',
  'reminders 14 days before a rectification is due': '整改期限前14日提醒',
  // settlement (月度结算)
  'a returned settlement carries its reason and the month is run again': '退回的结算须说明理由，该月重新生成结算数据',
  'a care plan recorded without its conclusion’s grade is settled at the lowest qualifying grade':
    '护理计划未记录评估结论等级的，按最低的待遇享受等级结算（秦皇岛职工待遇不因等级而异）',
  // subsidies and donations (财政补助与社会捐助)：凭文件入账，录入与复核分离
  'booked on its grant notice or donation agreement, attached before approval (Qinhuangdao art. 51, 56)':
    '凭拨款文件或捐赠协议入账，须上传批准文件后方可复核（Qinhuangdao art. 51, 56）',
  'maker-checker, the approver did not enter it (Qinhuangdao art. 56 岗位责任)':
    '经办与审批分离，复核入账的人不得为录入人（Qinhuangdao art. 56 岗位责任）',
  // inspectors' to-do (稽核待办)
  'reminders 60 days before a lease ends': '场所租期届满前60日提醒',
  'the latest signed-off annual scorecard is the result the agreement reads': '服务协议读取最近一次签发锁定的年度考核结果',
};

const KNOWN = Object.keys(PRODUCT_RULES_ZH).sort((a, b) => b.length - a.length);

/**
 * Each known `Product rule: …` of a citation in Chinese (`产品规则：…`), and each known note after an
 * article (`Qinhuangdao art. 72: complaints are …`, or after `; `) in Chinese; an unknown one is left as it is.
 */
export function productRulesInChinese(citation: string): string {
  let out = citation;
  for (const rule of KNOWN) out = out.split(`Product rule: ${rule}`).join(`产品规则：${PRODUCT_RULES_ZH[rule]}`);
  for (const rule of KNOWN)
    out = out.split(`: ${rule}`).join(`：${PRODUCT_RULES_ZH[rule]}`).split(`; ${rule}`).join(`；${PRODUCT_RULES_ZH[rule]}`);
  return out;
}
