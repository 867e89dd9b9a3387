import { D, type Dec, decimalText } from '../core/money.js';
import type { Label } from '../rights/roles.js';

/**
 * Risk score of an institution, to aim inspections (Qinhuangdao art. 67, 74: 智能监管; policy-rules §9).
 * Each component is a product rule: its points, its reason in Chinese and its trace. A component
 * whose data the product does not hold yet is `noData`, never 0.
 */
export const RISK_COMPONENTS = ['auditFlags', 'atCap', 'visitsPerCarer', 'complaints', 'gradeChanges'] as const;
export type RiskComponentId = (typeof RISK_COMPONENTS)[number];

/** The figures read per institution; `null` where the product holds no such data. */
export interface RiskInputs {
  /** Declared service records, and those the smart audit flagged. */
  auditFlags: { records: number; flagged: number } | null;
  /** Beneficiaries served, and those whose month reached the benefit cap. */
  atCap: { beneficiaries: number; atCap: number } | null;
  /** Visits, carers and days of service. */
  visitsPerCarer: { visits: number; carerDays: number } | null;
  /** Complaints of the last 12 months: verified, and still open. */
  complaints: { verified: number; open: number } | null;
  /** Re-assessments concluded, and those whose grade differed from the earlier one. */
  gradeChanges: { reassessed: number; changed: number } | null;
}

export interface RiskComponent {
  id: RiskComponentId;
  label: Label;
  status: 'data' | 'noData';
  /** The figure (a ratio or a count, as text), null without data. */
  value: string | null;
  /** Points out of 20, null without data. */
  points: string | null;
  citation: string;
  /** The product rule's reason, in Chinese. */
  reason: string;
  inputs: Record<string, unknown> | null;
}

export interface RiskScore {
  /** Sum of the components with data (each at most 20). */
  score: string;
  /** Out of 20 per component with data. */
  maxScore: string;
  components: RiskComponent[];
  missing: RiskComponentId[];
}

const MAX = D(20);
const cap = (d: Dec) => D.min(MAX, D.max(0, d)).toDecimalPlaces(2);

interface Rule {
  label: Label;
  citation: string;
  reason: string;
  compute(input: never): { value: Dec; points: Dec };
}

/** The product rules behind each component (their Chinese in `PRODUCT_RULES_ZH`). */
export const RISK_RULES: Record<RiskComponentId, Rule> = {
  auditFlags: {
    label: { zh: '智能审核预警占比', en: 'Share of smart-audit flags' },
    citation: 'Qinhuangdao art. 57; Product rule: risk — 1 point per percent of records flagged, at most 20',
    reason: '智能审核预警的服务记录越多，违规风险越高：每1%计1分，最高20分',
    compute: (x: { records: number; flagged: number }) => {
      const value = x.records > 0 ? D(x.flagged).div(x.records) : D(0);
      return { value, points: cap(value.mul(100)) };
    },
  },
  atCap: {
    label: { zh: '达到支付限额的待遇人员占比', en: 'Share of beneficiaries at the cap' },
    citation: 'Qinhuangdao art. 31; Product rule: risk — 20 points times the share of beneficiaries at the cap',
    reason: '服务费用普遍顶格结算提示虚报风险：按达限额人员占比乘以20计分',
    compute: (x: { beneficiaries: number; atCap: number }) => {
      const value = x.beneficiaries > 0 ? D(x.atCap).div(x.beneficiaries) : D(0);
      return { value, points: cap(value.mul(20)) };
    },
  },
  visitsPerCarer: {
    label: { zh: '护理人员日均上门次数', en: 'Visits per carer per day' },
    citation: 'Product rule: risk — 5 points per daily visit per carer above 4, at most 20',
    reason: '一名护理人员每日上门次数过多提示服务记录不实：超过4次的每1次计5分，最高20分',
    compute: (x: { visits: number; carerDays: number }) => {
      const value = x.carerDays > 0 ? D(x.visits).div(x.carerDays) : D(0);
      return { value, points: cap(value.minus(4).mul(5)) };
    },
  },
  complaints: {
    label: { zh: '投诉举报', en: 'Complaints' },
    citation: 'Qinhuangdao art. 67, 72; Product rule: risk — 5 points per verified complaint and 2 per open one in 12 months, at most 20',
    reason: '近12个月查实投诉每件计5分，未办结投诉每件计2分，最高20分',
    compute: (x: { verified: number; open: number }) => {
      const value = D(x.verified + x.open);
      return { value, points: cap(D(x.verified).mul(5).plus(D(x.open).mul(2))) };
    },
  },
  gradeChanges: {
    label: { zh: '复评等级变更占比', en: 'Grade changes on re-assessment' },
    citation:
      'Qinhuangdao art. 25; Xinjiang art. 26; Product rule: risk — 20 points times the share of re-assessments that changed the grade',
    reason: '复评改变等级的比例高提示原评估质量问题：按变更占比乘以20计分',
    compute: (x: { reassessed: number; changed: number }) => {
      const value = x.reassessed > 0 ? D(x.changed).div(x.reassessed) : D(0);
      return { value, points: cap(value.mul(20)) };
    },
  },
};

/** The score: each component with its figure, points, rule and reason; missing data named, not counted as 0. */
export function riskScore(inputs: RiskInputs): RiskScore {
  const components = RISK_COMPONENTS.map((id): RiskComponent => {
    const rule = RISK_RULES[id];
    const input = inputs[id];
    const base = { id, label: rule.label, citation: rule.citation, reason: rule.reason };
    if (!input) return { ...base, status: 'noData', value: null, points: null, inputs: null };
    const { value, points } = (rule.compute as (x: typeof input) => { value: Dec; points: Dec })(input);
    return { ...base, status: 'data', value: value.toDecimalPlaces(4).toString(), points: decimalText(points, 2), inputs: { ...input } };
  });
  const withData = components.filter((c) => c.status === 'data');
  return {
    score: decimalText(
      withData.reduce((s, c) => s.plus(c.points as string), D(0)),
      2,
    ),
    maxScore: decimalText(MAX.mul(withData.length), 2),
    components,
    missing: components.filter((c) => c.status === 'noData').map((c) => c.id),
  };
}

/** Institutions by score, highest first; ties by id (a stable ranking). */
export function riskRanking<T extends { id: string; risk: RiskScore }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => D(b.risk.score).comparedTo(a.risk.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
