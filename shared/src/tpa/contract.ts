import { isIsoDate } from '../core/dates.js';
import { D, isMoney } from '../core/money.js';
import { Issues, type PolicyIssue } from '../core/result.js';
import { isRecord } from '../core/validate.js';
import type { Label } from '../rights/roles.js';
import { isPoints, isRate } from '../scorecards/points.js';
import { TPA_COMMITMENT_AREAS, type TpaCommitmentArea } from './commitments.js';
import type { TpaServiceFeeBand } from './fee.js';

/** The TPA's own units (Tianjin art. 14, policy-rules §7 Interpretation): head office, district sub-centres, city service centre. */
export type TpaUnitKind = 'headOffice' | 'districtSubCentre' | 'cityCentre';
export const TPA_UNIT_KINDS: readonly TpaUnitKind[] = ['headOffice', 'districtSubCentre', 'cityCentre'];
export const TPA_UNIT_KIND_LABELS: Record<TpaUnitKind, Label> = {
  headOffice: { zh: '委托经办机构（本部）', en: 'Head office' },
  districtSubCentre: { zh: '辖区分中心', en: 'District sub-centre' },
  cityCentre: { zh: '市级综合服务中心', en: 'City service centre' },
};

export interface TpaUnit {
  id: string;
  kind: TpaUnitKind;
  name: string;
}

/** One area of the agency's assessment plan with its maximum (Tianjin art. 5, 15). */
export interface TpaPlanArea {
  id: string;
  label: string;
  max: string;
}

/** The area the tender commitments are scored in (Tianjin art. 5 投标承诺兑现情况, art. 11). */
export const TPA_COMMITMENT_PLAN_AREA = 'commitments';

/**
 * The default plan: the areas of Tianjin art. 5–11 with satisfaction as the base (art. 5).
 * **Product rule**: the maxima are the product's proposal; the agency's plan sets its own (art. 15).
 */
export const TIANJIN_DEFAULT_PLAN: readonly TpaPlanArea[] = [
  { id: 'internalSystems', label: '内部制度建设及执行情况（第六条）', max: '15' },
  { id: 'serviceCapacity', label: '经办管理和服务能力情况（第七条）', max: '30' },
  { id: 'information', label: '信息管理情况（第八条）', max: '10' },
  { id: 'fundManagement', label: '基金管理情况（第九条）', max: '10' },
  { id: 'riskControl', label: '风险防控情况（第十条）', max: '10' },
  { id: TPA_COMMITMENT_PLAN_AREA, label: '投标承诺兑现情况（第十一条）', max: '15' },
  { id: 'satisfaction', label: '服务对象满意度（第五条）', max: '10' },
];

/** What a tender commitment promises: a number with its unit, or yes/no (Tianjin art. 11 承诺制考核). */
export type TpaTargetKind = 'number' | 'yesNo';

export interface TpaContractCommitment {
  category: TpaCommitmentArea;
  description: string;
  targetKind: TpaTargetKind;
  /** A decimal for `number`, `yes` or `no` for `yesNo`. */
  target: string;
  unit?: string | null;
  direction: 'atLeast' | 'atMost';
  /** How it is measured (roster, lease, inspection…). */
  measurement: string;
  points: string;
}

export interface TpaContractTerms {
  number: string;
  startDate: string;
  endDate: string;
  annualFee: string;
  units: TpaUnit[];
  weights: { headOffice: string; districtSubCentres: string; cityCentre: string };
  schedule: TpaServiceFeeBand[];
  plan: TpaPlanArea[];
  poorResultBelow: string;
  rectificationDays: number;
  commitments: TpaContractCommitment[];
}

const NUMBER = /^\d{1,12}(\.\d{1,8})?$/;

/** The weights of the three levels sum to 1 (Tianjin art. 14 加权平均, art. 15 权重). */
export function weightIssues(weights: unknown): PolicyIssue[] {
  const issues = new Issues();
  const w = (isRecord(weights) ? weights : {}) as Record<string, unknown>;
  const keys = ['headOffice', 'districtSubCentres', 'cityCentre'];
  const bad = keys.filter((k) => !isRate(w[k]));
  for (const k of bad) issues.add(`weights.${k}`, 'OUT_OF_RANGE', `权重须为0至1之间的小数 (weights.${k} must be a decimal in [0, 1])`);
  if (!bad.length) {
    const sum = keys.reduce((acc, k) => acc.plus(w[k] as string), new D(0));
    if (!sum.equals(1))
      issues.add('weights', 'WEIGHTS_NOT_ONE', `三级权重之和须为1，现为${sum.toString()} (the weights must sum to 1; Tianjin art. 14, 15)`);
  }
  return issues.list;
}

function scheduleIssues(issues: Issues, schedule: unknown): void {
  if (!Array.isArray(schedule) || !schedule.length) {
    issues.add('schedule', 'REQUIRED', '请填写考核得分与服务费拨付比例对照表 (the score → fee schedule is required; Tianjin art. 18)');
    return;
  }
  const starts = new Set<string>();
  schedule.forEach((b: unknown, i) => {
    const band = (isRecord(b) ? b : {}) as Record<string, unknown>;
    if (!isPoints(band.minScore) || new D(band.minScore).greaterThan(100))
      issues.add(`schedule.${i}.minScore`, 'OUT_OF_RANGE', '起始分须在0至100之间 (minScore in [0, 100])');
    else if (starts.has(new D(band.minScore).toString()))
      issues.add(`schedule.${i}.minScore`, 'NOT_ALLOWED', '两档起始分相同 (two bands start at the same score)');
    else starts.add(new D(band.minScore).toString());
    if (!isRate(band.payRate)) issues.add(`schedule.${i}.payRate`, 'OUT_OF_RANGE', '拨付比例须在0至1之间 (payRate in [0, 1])');
  });
  if (!starts.has('0')) issues.add('schedule', 'OUT_OF_RANGE', '须有一档从0分起 (one band must start at 0)');
}

function unitIssues(issues: Issues, units: unknown, weights: unknown): void {
  if (!Array.isArray(units)) {
    issues.add('units', 'REQUIRED', '请填写经办机构的各级单位 (the TPA’s units are required)');
    return;
  }
  const ids = new Set<string>();
  units.forEach((u: unknown, i) => {
    const unit = (isRecord(u) ? u : {}) as Record<string, unknown>;
    if (typeof unit.id !== 'string' || !unit.id.trim() || ids.has(unit.id))
      issues.add(`units.${i}.id`, 'NOT_ALLOWED', '单位编号须填写且不重复 (unit ids are required and unique)');
    else ids.add(unit.id);
    if (!(TPA_UNIT_KINDS as readonly unknown[]).includes(unit.kind))
      issues.add(`units.${i}.kind`, 'NOT_ALLOWED', `单位类型须为 ${TPA_UNIT_KINDS.join('、')} (unit kind)`);
    if (typeof unit.name !== 'string' || !unit.name.trim()) issues.add(`units.${i}.name`, 'REQUIRED', '请填写单位名称 (unit name)');
  });
  const count = (k: TpaUnitKind) => units.filter((u) => isRecord(u) && u.kind === k).length;
  const w = (isRecord(weights) ? weights : {}) as Record<string, unknown>;
  const weighted = (k: string) => isRate(w[k]) && !new D(w[k] as string).isZero();
  if (count('headOffice') !== 1)
    issues.add('units', 'HEAD_OFFICE_REQUIRED', '须有且只有一个本部 (exactly one head office; Tianjin art. 14)');
  if (weighted('districtSubCentres') && count('districtSubCentre') === 0)
    issues.add('units', 'SUB_CENTRE_REQUIRED', '辖区分中心有权重，须至少一个分中心 (a weighted level needs a sub-centre)');
  if (count('cityCentre') > 1 || (weighted('cityCentre') && count('cityCentre') === 0))
    issues.add('units', 'CITY_CENTRE_REQUIRED', '市级综合服务中心须有且只有一个 (one city service centre when weighted)');
}

function planIssues(issues: Issues, plan: unknown): void {
  if (!Array.isArray(plan) || !plan.length) {
    issues.add('plan', 'REQUIRED', '请填写考核方案的指标与分值 (the plan’s areas are required; Tianjin art. 15)');
    return;
  }
  const ids = new Set<string>();
  let sum = new D(0);
  let valid = true;
  plan.forEach((a: unknown, i) => {
    const area = (isRecord(a) ? a : {}) as Record<string, unknown>;
    if (typeof area.id !== 'string' || !area.id.trim() || ids.has(area.id))
      issues.add(`plan.${i}.id`, 'NOT_ALLOWED', '指标编号须填写且不重复 (area ids are required and unique)');
    else ids.add(area.id);
    if (typeof area.label !== 'string' || !area.label.trim()) issues.add(`plan.${i}.label`, 'REQUIRED', '请填写指标名称 (area label)');
    if (!isPoints(area.max) || new D(area.max).isZero()) {
      valid = false;
      issues.add(`plan.${i}.max`, 'OUT_OF_RANGE', '分值须为正数 (an area’s maximum is a positive number)');
    } else sum = sum.plus(area.max);
  });
  if (valid && !sum.equals(100))
    issues.add(
      'plan',
      'AREA_MAXIMA_NOT_100',
      `各项指标分值之和须为100，现为${sum.toString()} (the maxima sum to 100; Tianjin art. 14 百分制)`,
    );
}

/** A commitment is refused without a measurable target (policy-rules §7; Tianjin art. 11 承诺制考核). */
export function commitmentIssues(c: unknown, p = 'commitment'): PolicyIssue[] {
  const issues = new Issues();
  const x = (isRecord(c) ? c : {}) as Record<string, unknown>;
  if (!(TPA_COMMITMENT_AREAS as readonly unknown[]).includes(x.category))
    issues.add(
      `${p}.category`,
      'NOT_ALLOWED',
      `承诺类别须为第十一条所列之一 (category of Tianjin art. 11: ${TPA_COMMITMENT_AREAS.join(', ')})`,
    );
  if (typeof x.description !== 'string' || !x.description.trim()) issues.add(`${p}.description`, 'REQUIRED', '请填写承诺内容');
  const target = typeof x.target === 'string' ? x.target.trim() : '';
  if (x.targetKind !== 'number' && x.targetKind !== 'yesNo')
    issues.add(`${p}.targetKind`, 'NOT_ALLOWED', '承诺目标须为数值或是/否 (number or yesNo)');
  else if (!target)
    issues.add(`${p}.target`, 'COMMITMENT_TARGET_REQUIRED', '承诺须有可衡量的目标值 (a commitment needs a measurable target)');
  else if (x.targetKind === 'number' && !NUMBER.test(target))
    issues.add(`${p}.target`, 'COMMITMENT_TARGET_REQUIRED', '目标值须为数值，如 12 (the target is a number such as 12)');
  else if (x.targetKind === 'yesNo' && target !== 'yes' && target !== 'no')
    issues.add(`${p}.target`, 'COMMITMENT_TARGET_REQUIRED', '目标值须为 yes 或 no');
  if (x.targetKind === 'number' && !(typeof x.unit === 'string' && x.unit.trim()))
    issues.add(`${p}.unit`, 'REQUIRED', '数值目标须注明单位，如“人” (a numeric target names its unit)');
  if (x.direction !== 'atLeast' && x.direction !== 'atMost') issues.add(`${p}.direction`, 'NOT_ALLOWED', '须为不少于或不多于');
  if (typeof x.measurement !== 'string' || !x.measurement.trim())
    issues.add(`${p}.measurement`, 'REQUIRED', '请填写考核方式 (how it is measured)');
  if (!isPoints(x.points) || new D(x.points).isZero() || new D(x.points).greaterThan(100))
    issues.add(`${p}.points`, 'OUT_OF_RANGE', '分值须为0至100之间的正数 (points in (0, 100])');
  return issues.list;
}

/** Everything wrong with a TPA contract's terms (Tianjin art. 11, 14, 15, 18, 20), all at once. */
export function tpaContractIssues(t: Partial<TpaContractTerms>): PolicyIssue[] {
  const issues = new Issues();
  if (typeof t.number !== 'string' || !t.number.trim()) issues.add('number', 'REQUIRED', '请填写合同编号');
  if (!isIsoDate(t.startDate)) issues.add('startDate', 'INVALID_DATE', '起始日期格式应为 YYYY-MM-DD');
  if (!isIsoDate(t.endDate)) issues.add('endDate', 'INVALID_DATE', '终止日期格式应为 YYYY-MM-DD');
  else if (isIsoDate(t.startDate) && t.endDate < t.startDate) issues.add('endDate', 'OUT_OF_RANGE', '终止日期不得早于起始日期');
  if (!isMoney(t.annualFee) || t.annualFee.startsWith('-') || new D(t.annualFee).isZero())
    issues.add('annualFee', 'INVALID_MONEY', '年度服务费须为正的金额，最多两位小数');
  issues.merge(weightIssues(t.weights));
  unitIssues(issues, t.units, t.weights);
  scheduleIssues(issues, t.schedule);
  planIssues(issues, t.plan);
  if (!isPoints(t.poorResultBelow) || new D(t.poorResultBelow).greaterThan(100))
    issues.add('poorResultBelow', 'OUT_OF_RANGE', '“考核结果较差”的分数线须在0至100之间 (Tianjin art. 20)');
  if (!Number.isInteger(t.rectificationDays) || (t.rectificationDays as number) < 1 || (t.rectificationDays as number) > 365)
    issues.add('rectificationDays', 'OUT_OF_RANGE', '整改期限须为1至365天');
  if (!Array.isArray(t.commitments)) issues.add('commitments', 'REQUIRED', '请填写投标承诺');
  else
    t.commitments.forEach((c, i) => {
      issues.merge(commitmentIssues(c, `commitments.${i}`));
    });
  return issues.list;
}

/** What a replacement needs to know of the contract it replaces. */
export interface TpaReplacedContract {
  regionId: string;
  state: string;
  startDate: string;
  endDate: string;
}

/**
 * A contract that replaces another after a mid-year tender (Tianjin art. 16 年中招标后更换委托经办机构):
 * same region, the old one in force, the new one starting inside the old term so that the old one ends
 * the day before; both are then assessed at that year's end.
 */
export function replacementIssues(old: TpaReplacedContract, regionId: string, startDate: unknown): PolicyIssue[] {
  const issues = new Issues();
  if (old.regionId !== regionId)
    issues.add(
      'replacesContractId',
      'REPLACEMENT_OTHER_REGION',
      '被更换的合同须属同一统筹地区 (the replaced contract is of the same region)',
    );
  if (old.state !== 'active')
    issues.add('replacesContractId', 'REPLACED_NOT_ACTIVE', '只能更换履行中的合同 (only a contract in force can be replaced)');
  if (isIsoDate(startDate) && (startDate <= old.startDate || startDate > old.endDate))
    issues.add(
      'startDate',
      'REPLACEMENT_OUTSIDE_TERM',
      `新合同须在原合同期限（${old.startDate}至${old.endDate}）内开始 (the new contract starts inside the old term; Tianjin art. 16)`,
    );
  return issues.list;
}
