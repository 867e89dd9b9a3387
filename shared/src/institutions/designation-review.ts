import { addMonths, type IsoDate, isIsoDate } from '../core/dates.js';
import { D, type Dec, decimalText } from '../core/money.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import type { Label } from '../rights/roles.js';
import type { DesignationEligibilityResult } from './designation-eligibility.js';
import { FUNCTIONAL_ZONES } from './institution-profile.js';

/**
 * The Xinjiang annex 2 review scorecard (综合审核表): nine pass/fail basic lines — any failed line
 * fails the review — and the differentiated items out of 100, used to rank applicants
 * ("根据得分择优确定"). Where the annex says "第十条" for the refusal list it means art. 12.
 */
export const REVIEW_BASIC_LINES = [
  'credentials',
  'registration',
  'premises',
  'staffTeam',
  'staffTraining',
  'systems',
  'it',
  'archives',
  'refusalGrounds',
] as const;
export type ReviewBasicLine = (typeof REVIEW_BASIC_LINES)[number];

export const REVIEW_ITEMS = [
  'floorArea',
  'tenure',
  'zones',
  'homeVisitKit',
  'fullTimeManager',
  'certificateRate',
  'staffing',
  'seniorTitles',
  'systemsPosted',
  'infoSystem',
  'securityPolicy',
  'securityOfficer',
  'electronicArchives',
] as const;
export type ReviewItem = (typeof REVIEW_ITEMS)[number];

export interface ReviewLineRule {
  label: Label;
  /** The annex's wording of the standard. */
  rule: string;
  citation: string;
}

export const REVIEW_BASIC_RULES: Record<ReviewBasicLine, ReviewLineRule> = {
  credentials: {
    label: { zh: '服务资质：证照', en: 'Credentials: licences' },
    rule: '《营业执照》《执业许可证》《统一社会信用代码证书》等证明材料；医疗机构应具备《医疗机构执业许可证》',
    citation: 'Xinjiang annex 2, basic 1.1; art. 7(1)',
  },
  registration: {
    label: { zh: '服务资质：登记运营与法人资格', en: 'Credentials: registration and legal person' },
    rule: '在统筹区内依法登记并正式运营不低于3个月，具有独立法人资格',
    citation: 'Xinjiang annex 2, basic 1.2',
  },
  premises: {
    label: { zh: '基础配置', en: 'Premises and equipment' },
    rule: '具有固定的办公场所，配备符合评估服务协议要求的软、硬件设备和相应管理维护人员',
    citation: 'Xinjiang annex 2, basic 2; art. 6(3)',
  },
  staffTeam: {
    label: { zh: '人员队伍：人数', en: 'Staff: numbers' },
    rule: '专职评估员和评估专家不少于4人；专职管理人员不少于1人，信息技术管理维护人员不少于1人',
    citation: 'Xinjiang annex 2, basic 3.1; art. 6(2)',
  },
  staffTraining: {
    label: { zh: '人员队伍：培训与资格', en: 'Staff: training and qualifications' },
    rule: '评估人员应经专业培训，并取得相关资格证书',
    citation: 'Xinjiang annex 2, basic 3.2; art. 6(2)',
  },
  systems: {
    label: { zh: '制度管理', en: 'Management systems' },
    rule: '规范化培训管理、质量评价、人员管理、财务管理、信息管理、档案管理等制度符合长期护理保险工作实际',
    citation: 'Xinjiang annex 2, basic 4; art. 6(5)',
  },
  it: {
    label: { zh: '信息技术', en: 'Information technology' },
    rule: '具备使用全国统一的医保信息平台长期护理保险相关功能模块能力和按接口标准对接等条件',
    citation: 'Xinjiang annex 2, basic 5; art. 6(4)',
  },
  archives: {
    label: { zh: '档案管理', en: 'Archives' },
    rule: '档案由专人负责管理、固定存放区域、一人一档且标识清楚，能根据工作要求及时调阅',
    citation: 'Xinjiang annex 2, basic 6',
  },
  refusalGrounds: {
    label: { zh: '不予受理的情形', en: 'Grounds for refusal' },
    rule: '存在不予受理的情形之一即为不合格（附件所称“第十条”即细则第十二条）',
    citation: 'Xinjiang annex 2, basic 7; art. 12',
  },
};

export const REVIEW_ITEM_RULES: Record<ReviewItem, ReviewLineRule & { max: number }> = {
  floorArea: {
    label: { zh: '经营场所建筑面积', en: 'Floor area' },
    rule: '建筑面积在50平米（含）以上，每增加10个平方加1分，最高10分（解释：50平米得0分，60平米得1分）',
    citation: 'Xinjiang annex 2, differentiated 1.1',
    max: 10,
  },
  tenure: {
    label: { zh: '经营场所产权或租期', en: 'Premises tenure' },
    rule: '自申请之日起租赁协议剩余有效期2年（含）以上得2分；自有产权得5分',
    citation: 'Xinjiang annex 2, differentiated 1.2',
    max: 5,
  },
  zones: {
    label: { zh: '功能区', en: 'Functional zones' },
    rule: '独立的咨询服务区、业务办公区、实名制档案管理区、物资存放区，每个2.5分，最高10分',
    citation: 'Xinjiang annex 2, differentiated 1.3',
    max: 10,
  },
  homeVisitKit: {
    label: { zh: '上门服务统一服装、服务包、工作证', en: 'Uniforms, kit and badges' },
    rule: '为评估人员上门服务配备统一服装、服务包（箱）、工作证的，得5分',
    citation: 'Xinjiang annex 2, differentiated 1.4',
    max: 5,
  },
  fullTimeManager: {
    label: { zh: '专职管理人员', en: 'Full-time manager' },
    rule: '配套专职管理人员的，得5分',
    citation: 'Xinjiang annex 2, differentiated 1.5',
    max: 5,
  },
  certificateRate: {
    label: { zh: '持证率', en: 'Certificate rate' },
    rule: '评估人员持证率达到100%的得10分',
    citation: 'Xinjiang annex 2, differentiated 2.1',
    max: 10,
  },
  staffing: {
    label: { zh: '人员配备', en: 'Staffing' },
    rule: '专职评估员、评估专家各不少于2人；专职管理人员不少于2人，信息技术管理维护人员不少于1人，得15分',
    citation: 'Xinjiang annex 2, differentiated 2.2',
    max: 15,
  },
  seniorTitles: {
    label: { zh: '高级职称评估人员', en: 'Senior-title assessors' },
    rule: '配备2名及以上高级职称的评估人员的得10分',
    citation: 'Xinjiang annex 2, differentiated 2.3',
    max: 10,
  },
  systemsPosted: {
    label: { zh: '制度公示', en: 'Systems posted publicly' },
    rule: '每有一项内部管理制度在机构显著位置公示的，得2分，最高10分',
    citation: 'Xinjiang annex 2, differentiated 3',
    max: 10,
  },
  infoSystem: {
    label: { zh: '失能等级评估信息系统', en: 'Assessment information system' },
    rule: '配置失能等级评估信息系统的得10分',
    citation: 'Xinjiang annex 2, differentiated 4.1',
    max: 10,
  },
  securityPolicy: {
    label: { zh: '信息安全内控制度', en: 'Information-security policy' },
    rule: '建立信息安全内控制度，且提供相关文件的得3分',
    citation: 'Xinjiang annex 2, differentiated 4.2',
    max: 3,
  },
  securityOfficer: {
    label: { zh: '信息系统和网络安全专人', en: 'Named security officer' },
    rule: '专人负责信息系统和网络安全保障，且提供专人名单的得2分',
    citation: 'Xinjiang annex 2, differentiated 4.3',
    max: 2,
  },
  electronicArchives: {
    label: { zh: '电子化档案', en: 'Electronic archives' },
    rule: '建立失能人员一人一档，实行电子化档案管理的，得5分',
    citation: 'Xinjiang annex 2, differentiated 5',
    max: 5,
  },
};

/** One staff member as the differentiated items read them. */
export interface ReviewStaff {
  role: 'assessor' | 'expert' | 'manager' | 'it' | string;
  title: string;
  fullTime: boolean;
  /** Holds a certificate valid on the application day. */
  certified: boolean;
}

/** What the institution's records say (annex 1, the record pages), read to pre-fill the scorecard. */
export interface ReviewRecords {
  applicationDate: IsoDate;
  /** Floor area in m², a decimal string, or null when not recorded. */
  floorArea: string | null;
  tenure: 'owned' | 'leased' | null;
  leaseEndsOn: IsoDate | null;
  zones: readonly string[];
  homeVisitKit: boolean;
  staff: readonly ReviewStaff[];
  systemsPosted: readonly string[];
  infoSystemName: string | null;
  securityPolicy: boolean;
  securityOfficer: string | null;
  electronicArchives: boolean;
  /** The art. 6–8, 12 check of the same application, read for the basic lines it answers. */
  eligibility: DesignationEligibilityResult | null;
}

export type Verdict = 'pass' | 'fail';

/** The inspector's entries: an override of a pre-filled line carries its reason. */
export interface ReviewEntries {
  basic?: Partial<Record<ReviewBasicLine, { verdict: Verdict; reason?: string | null }>>;
  items?: Partial<Record<ReviewItem, { points: string | number; reason?: string | null }>>;
}

export interface ReviewBasicResult {
  line: ReviewBasicLine;
  label: Label;
  rule: string;
  citation: string;
  prefilled: Verdict | null;
  /** Why the records say so (or that they do not). */
  basis: string;
  verdict: Verdict | null;
  overridden: boolean;
  reason: string | null;
}

export interface ReviewItemResult {
  item: ReviewItem;
  label: Label;
  rule: string;
  citation: string;
  max: number;
  prefilled: string;
  basis: string;
  points: string;
  overridden: boolean;
  reason: string | null;
}

export interface ReviewScore {
  basic: ReviewBasicResult[];
  items: ReviewItemResult[];
  /** Sum of the differentiated items, two decimals. */
  total: string;
  /** Every basic line has a verdict. */
  complete: boolean;
  /** Every basic line passes ("有一项不合格，审核结果即为不合格"). */
  basicPassed: boolean;
  failedLines: ReviewBasicLine[];
  /** Per-line problems (a line without a verdict, a score above its maximum, an override without a reason). */
  issues: PolicyIssue[];
}

const ELIGIBILITY_LINES: Record<ReviewBasicLine, (code: string) => boolean> = {
  credentials: () => false,
  registration: (c) => c === 'independentLegalPerson' || c === 'operatingPeriod',
  premises: (c) => c === 'fixedOffice' || c === 'premisesTerm',
  staffTeam: (c) => ['teamSize', 'intermediateExperts', 'seniorExperts', 'ltciManagers', 'itStaff'].includes(c),
  staffTraining: (c) => c.startsWith('staffQualification.'),
  systems: (c) => c === 'managementSystems',
  it: (c) => c === 'platform',
  archives: () => false,
  refusalGrounds: () => false,
};

function prefillBasic(line: ReviewBasicLine, r: ReviewRecords): { verdict: Verdict | null; basis: string } {
  const e = r.eligibility;
  if (!e) return { verdict: null, basis: '无资格审查结果，须审核人判定' };
  if (line === 'refusalGrounds')
    return e.refusals.length
      ? { verdict: 'fail', basis: e.refusals.map((f) => `${f.message}（${f.citation}）`).join('；') }
      : { verdict: 'pass', basis: '机构记录中无第十二条所列情形' };
  if (line === 'credentials')
    return e.missingMaterials.includes('licence')
      ? { verdict: 'fail', basis: '未提供证照材料（第七条第一项）' }
      : { verdict: 'pass', basis: '已提供证照材料' };
  if (line === 'archives') return { verdict: null, basis: '须现场核查后判定' };
  const unmet = e.unmet.filter((f) => ELIGIBILITY_LINES[line](f.code));
  return unmet.length
    ? { verdict: 'fail', basis: unmet.map((f) => `${f.message}（${f.citation}）`).join('；') }
    : { verdict: 'pass', basis: '机构记录符合' };
}

const ASSESSING = ['assessor', 'expert'];

function prefillItem(item: ReviewItem, r: ReviewRecords): { points: Dec; basis: string } {
  const count = (pred: (s: ReviewStaff) => boolean) => r.staff.filter(pred).length;
  const d = (n: number) => new D(n);
  switch (item) {
    case 'floorArea': {
      if (r.floorArea == null) return { points: d(0), basis: '未登记建筑面积' };
      const area = new D(r.floorArea);
      const points = area.lt(50) ? d(0) : D.min(10, area.minus(50).div(10).floor());
      return { points, basis: `建筑面积${area.toString()}平米` };
    }
    case 'tenure': {
      if (r.tenure === 'owned') return { points: d(5), basis: '自有产权' };
      if (r.tenure !== 'leased' || !r.leaseEndsOn) return { points: d(0), basis: '未登记产权或租期' };
      const needed = addMonths(r.applicationDate, 24);
      return r.leaseEndsOn >= needed
        ? { points: d(2), basis: `租期至${r.leaseEndsOn}，不早于${needed}` }
        : { points: d(0), basis: `租期至${r.leaseEndsOn}，早于${needed}（剩余不足2年）` };
    }
    case 'zones': {
      const n = FUNCTIONAL_ZONES.filter((z) => r.zones.includes(z)).length;
      return { points: D.min(10, d(n).times('2.5')), basis: `功能区${n}个` };
    }
    case 'homeVisitKit':
      return r.homeVisitKit ? { points: d(5), basis: '已配备' } : { points: d(0), basis: '未登记配备' };
    case 'fullTimeManager': {
      const n = count((s) => s.role === 'manager' && s.fullTime);
      return { points: d(n >= 1 ? 5 : 0), basis: `专职管理人员${n}人` };
    }
    case 'certificateRate': {
      const all = count((s) => ASSESSING.includes(s.role));
      const held = count((s) => ASSESSING.includes(s.role) && s.certified);
      return { points: d(all > 0 && held === all ? 10 : 0), basis: `评估人员${all}人，持有效证书${held}人` };
    }
    case 'staffing': {
      const assessors = count((s) => s.role === 'assessor' && s.fullTime);
      const experts = count((s) => s.role === 'expert' && s.fullTime);
      const managers = count((s) => s.role === 'manager' && s.fullTime);
      const it = count((s) => s.role === 'it');
      const met = assessors >= 2 && experts >= 2 && managers >= 2 && it >= 1;
      return {
        points: d(met ? 15 : 0),
        basis: `专职评估员${assessors}人、专职评估专家${experts}人、专职管理人员${managers}人、信息技术人员${it}人`,
      };
    }
    case 'seniorTitles': {
      const n = count((s) => ASSESSING.includes(s.role) && s.title === 'senior');
      return { points: d(n >= 2 ? 10 : 0), basis: `高级职称评估人员${n}人` };
    }
    case 'systemsPosted': {
      const n = new Set(r.systemsPosted).size;
      return { points: D.min(10, d(n).times(2)), basis: `公示制度${n}项` };
    }
    case 'infoSystem':
      return r.infoSystemName ? { points: d(10), basis: `信息系统：${r.infoSystemName}` } : { points: d(0), basis: '未登记信息系统' };
    case 'securityPolicy':
      return r.securityPolicy ? { points: d(3), basis: '已提供信息安全内控制度' } : { points: d(0), basis: '未登记' };
    case 'securityOfficer':
      return r.securityOfficer ? { points: d(2), basis: `负责人：${r.securityOfficer}` } : { points: d(0), basis: '未登记' };
    case 'electronicArchives':
      return r.electronicArchives ? { points: d(5), basis: '实行电子化档案' } : { points: d(0), basis: '未登记' };
  }
}

const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const issue = (path: string, code: string, message: string): PolicyIssue => ({ path, code, message });

/**
 * The annex 2 scorecard of one application: each line pre-filled from the records, the inspector's
 * entries laid over it (an entry that differs from the pre-fill carries a reason), the basic lines'
 * verdict and the differentiated total. Called as the inspector types, and again by the server when
 * the sheet is saved; an entry out of range is a per-line issue, never a total.
 */
export function scoreDesignationReview(records: ReviewRecords, entries: ReviewEntries = {}): PolicyResult<ReviewScore> {
  if (!records || typeof records !== 'object' || !isIsoDate(records.applicationDate))
    return fail([issue('records.applicationDate', 'INVALID_DATE', 'applicationDate must be a date YYYY-MM-DD')]);
  const t = new Tracer();
  const issues: PolicyIssue[] = [];
  const basicEntries = entries.basic ?? {};
  const itemEntries = entries.items ?? {};
  for (const key of Object.keys(basicEntries))
    if (!(REVIEW_BASIC_LINES as readonly string[]).includes(key))
      issues.push(issue(`basic.${key}`, 'NOT_ALLOWED', `unknown line ${shown(key)}`));
  for (const key of Object.keys(itemEntries))
    if (!(REVIEW_ITEMS as readonly string[]).includes(key)) issues.push(issue(`items.${key}`, 'NOT_ALLOWED', `unknown item ${shown(key)}`));

  const basic = REVIEW_BASIC_LINES.map((line): ReviewBasicResult => {
    const rule = REVIEW_BASIC_RULES[line];
    const pre = prefillBasic(line, records);
    const entry = basicEntries[line];
    let verdict = pre.verdict;
    let overridden = false;
    const reason = textOf(entry?.reason) || null;
    if (entry) {
      if (entry.verdict !== 'pass' && entry.verdict !== 'fail')
        issues.push(issue(`basic.${line}.verdict`, 'NOT_ALLOWED', '判定只能为合格或不合格 (verdict must be pass or fail)'));
      else {
        overridden = pre.verdict !== null && entry.verdict !== pre.verdict;
        verdict = entry.verdict;
        if (overridden && !reason)
          issues.push(issue(`basic.${line}.reason`, 'REASON_REQUIRED', '改变预填判定须说明理由 (an override needs a reason)'));
      }
    }
    if (verdict === null)
      issues.push(issue(`basic.${line}.verdict`, 'VERDICT_REQUIRED', `请判定「${rule.label.zh}」是否合格 (a verdict is required)`));
    t.step(`institutions.review.basic.${line}`, rule.citation, { prefilled: pre.verdict, basis: pre.basis, entry: entry ?? null }, verdict);
    return { line, ...rule, prefilled: pre.verdict, basis: pre.basis, verdict, overridden, reason };
  });

  const items = REVIEW_ITEMS.map((item): ReviewItemResult => {
    const rule = REVIEW_ITEM_RULES[item];
    const pre = prefillItem(item, records);
    const entry = itemEntries[item];
    let points = pre.points;
    let overridden = false;
    const reason = textOf(entry?.reason) || null;
    if (entry) {
      const raw = typeof entry.points === 'number' ? String(entry.points) : textOf(entry.points);
      const parsed = /^\d+(\.\d{1,2})?$/.test(raw) ? new D(raw) : null;
      if (!parsed)
        issues.push(issue(`items.${item}.points`, 'INVALID_NUMBER', `得分应为不小于0的数，最多两位小数 (got ${shown(entry.points)})`));
      else if (parsed.gt(rule.max))
        issues.push(
          issue(`items.${item}.points`, 'SCORE_ABOVE_MAX', `「${rule.label.zh}」最高${rule.max}分 (above the item's maximum ${rule.max})`),
        );
      else {
        overridden = !parsed.eq(pre.points);
        points = parsed;
        if (overridden && !reason)
          issues.push(issue(`items.${item}.reason`, 'REASON_REQUIRED', '改变预填得分须说明理由 (an override needs a reason)'));
      }
    }
    t.step(
      `institutions.review.item.${item}`,
      rule.citation,
      { prefilled: decimalText(pre.points, 2), basis: pre.basis, entry: entry ?? null },
      decimalText(points, 2),
    );
    return { item, ...rule, prefilled: decimalText(pre.points, 2), basis: pre.basis, points: decimalText(points, 2), overridden, reason };
  });

  const total = t.step(
    'institutions.review.total',
    'Xinjiang annex 2: 差异化指标，根据得分择优确定',
    { items: items.map((i) => `${i.item}=${i.points}`) },
    decimalText(
      items.reduce((sum, i) => sum.plus(i.points), new D(0)),
      2,
    ),
  );
  const failedLines = basic.filter((b) => b.verdict === 'fail').map((b) => b.line);
  const complete = basic.every((b) => b.verdict !== null);
  const basicPassed = t.step(
    'institutions.review.basicPassed',
    'Xinjiang annex 2: 以上为基础指标，有一项不合格，审核结果即为不合格',
    { failedLines, complete },
    complete && failedLines.length === 0,
  );
  return ok({ basic, items, total, complete, basicPassed, failedLines, issues }, t.steps);
}

export interface RankedReview {
  id: string;
  total: string;
  basicPassed: boolean;
  /** 1-based; equal totals share a rank; those failing a basic line are not ranked (null). */
  rank: number | null;
}

/** The applicants of one round by their differentiated score, highest first ("根据得分择优确定", Xinjiang annex 2). */
export function rankDesignationReviews(rows: readonly { id: string; total: string; basicPassed: boolean }[]): PolicyResult<RankedReview[]> {
  const t = new Tracer();
  const passing = rows.filter((r) => r.basicPassed).sort((a, b) => new D(b.total).comparedTo(a.total) || (a.id < b.id ? -1 : 1));
  const ranked: RankedReview[] = [];
  passing.forEach((r, i) => {
    const previous = ranked[i - 1];
    const rank = previous && new D(previous.total).eq(r.total) ? previous.rank : i + 1;
    ranked.push({ id: r.id, total: decimalText(r.total, 2), basicPassed: true, rank });
  });
  const failing = rows
    .filter((r) => !r.basicPassed)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({ id: r.id, total: decimalText(r.total, 2), basicPassed: false, rank: null }));
  const value = t.step(
    'institutions.review.ranking',
    'Xinjiang annex 2: 以上为差异化指标，根据得分择优确定; Product rule: an applicant failing a basic line is not ranked',
    { applicants: rows.length, passing: passing.length },
    [...ranked, ...failing],
  );
  return ok(value, t.steps);
}
