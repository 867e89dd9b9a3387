import { isIsoDate } from '../core/dates.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import type { Label } from '../rights/roles.js';
import { applyPackOverrides, type PackOverrides } from './pack-overrides.js';
import type { PolicyPackVersion } from './pack-types.js';
import { type ParameterAlternative, type ParameterUnit, parameterMeta } from './parameter-meta.js';

export const PACK_SECTIONS = ['contributions', 'eligibility', 'assessment', 'benefits', 'fund', 'institutions', 'settlement'] as const;
export type PackSection = (typeof PACK_SECTIONS)[number];

/** One parameter of a pack version as the editor shows it. */
export interface PolicyParameter {
  path: string;
  section: PackSection;
  label: Label;
  unit: ParameterUnit | 'text';
  /** The value as stored in the pack (null: the documents leave it unstated). */
  value: unknown;
  citation: string;
  interpretation: boolean;
  alternatives: readonly ParameterAlternative[];
  words: string | null;
  editable: boolean;
  nullable: boolean;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const MONEY = /^\d+(\.\d{1,2})?$/;
/** Keys that identify the version or hold citations: never parameters themselves. */
const SKIPPED = new Set(['region', 'validFrom', 'title', 'source', 'citation', 'citations', 'noContributionCitation']);
/** A rule the region does not have (`null` in its pack), shown as not applicable. */
const ABSENT_RULES: Record<string, Label> = {
  'contributions.flexibleRetiree': {
    zh: '灵活就业退休人员缴费（本地区不适用）',
    en: 'Flexible retirees’ contribution (not in this region)',
  },
  'benefits.annualCapByGrade': { zh: '按等级的年度支付限额（本地区不适用）', en: 'Annual cap by grade (not in this region)' },
  'benefits.residentBonus': { zh: '连续缴费提高支付比例（本地区不适用）', en: 'Bonus for consecutive years (not in this region)' },
  'benefits.minors': { zh: '未成年人待遇系数（本地区不适用）', en: 'Minors’ factors (not in this region)' },
  'benefits.familyCare': { zh: '亲情照护（本地区不适用）', en: 'Family care (not in this region)' },
  'institutions.designation': { zh: '评估机构定点条件（另行规定）', en: 'Designation rules (set by another document)' },
};
/** Eligibility rules cite through `eligibility.citations.<rule>`. */
const ELIGIBILITY_CITATION: Record<string, string> = {
  waitingMonths: 'waiting',
  waitingCountsFrom: 'waiting',
  exemptions: 'waiting',
  waitingFromFirstArrival: 'waitingFromArrival',
  flexibleArrearsNewEnrolmentMonths: 'flexibleArrears',
  residentWaitingExtendsWithBreak: 'residentBreak',
  residentExtensionMonthsPerBreakYear: 'residentBreak',
  firstGradeStart: 'start',
  newGradeEffective: 'newGrade',
  careModeChange: 'careChange',
  institutionChange: 'careChange',
  categoryChange: 'categoryChange',
  resumeAfterHospital: 'hospital',
  arrears: 'arrears',
  carePlanRequired: 'carePlan',
};
/** Other sections cite through a sibling `<x>Citation`. */
const SIBLING_CITATION: Record<string, string> = {
  qualifyingGrades: 'qualifyingGradesCitation',
  hardshipSubsidies: 'subsidyCitation',
  quotaSubsidyReading: 'subsidyCitation',
  quotaAmount: 'subsidyCitation',
  capacityMonthsThreshold: 'capacityCitation',
  incomeVsExpenditure: 'incomeShortfallCitation',
  averageMonthlyPayment: 'capacityCitation',
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inferUnit(key: string, value: unknown): ParameterUnit | 'text' {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'count';
  if (typeof value === 'string' && DECIMAL.test(value)) return /rate|share|factor|points|ceiling|step/i.test(key) ? 'rate' : 'money';
  if (typeof value === 'string' && isIsoDate(value)) return 'date';
  return 'text';
}

/** The article a parameter comes from: its object's `citation`, a sibling `<x>Citation`, the section's rule citations, or the version's. */
function citationOf(version: PolicyPackVersion, chain: Record<string, unknown>[], keys: string[]): string {
  const key = keys[keys.length - 1];
  const parent = chain[chain.length - 1];
  const own = keys.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], version);
  if (isPlainObject(own) && typeof own.citation === 'string') return own.citation;
  const section = chain[1];
  if (typeof parent?.citation === 'string') return parent.citation;
  const topKey = keys[1];
  if (section && SIBLING_CITATION[topKey] && typeof section[SIBLING_CITATION[topKey]] === 'string')
    return section[SIBLING_CITATION[topKey]] as string;
  if (keys[0] === 'eligibility' && ELIGIBILITY_CITATION[topKey]) {
    const citations = section?.citations as Record<string, string> | undefined;
    if (citations?.[ELIGIBILITY_CITATION[topKey]]) return citations[ELIGIBILITY_CITATION[topKey]];
  }
  if (typeof parent?.[`${key}Citation`] === 'string') return parent[`${key}Citation`] as string;
  for (let i = chain.length - 2; i >= 1; i--) if (typeof chain[i].citation === 'string') return chain[i].citation as string;
  return version.citation ?? version.source;
}

/**
 * Every parameter of a pack version, in the pack's order, each with its label in both languages,
 * unit, citation and, for an interpretation, the readings the spec allows (`PARAMETER_META`).
 * Citations are not parameters; national standards, lists and the fund's account structure are shown read-only.
 */
export function packParameters(version: PolicyPackVersion): PolicyParameter[] {
  const out: PolicyParameter[] = [];
  const root = version as unknown as Record<string, unknown>;
  const visit = (value: unknown, keys: string[], chain: Record<string, unknown>[]) => {
    const path = keys.join('.');
    const key = keys[keys.length - 1];
    const meta = parameterMeta(path);
    const isLeaf = !isPlainObject(value) && !(Array.isArray(value) && value.some(isPlainObject));
    if (!meta?.readOnly && !isLeaf) {
      const next = isPlainObject(value) ? value : undefined;
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as object);
      for (const [k, v] of entries) {
        if (SKIPPED.has(k) || /Citations?$/.test(k)) continue;
        visit(v, [...keys, k], next ? [...chain, next] : chain);
      }
      return;
    }
    const unit = meta?.unit ?? (Array.isArray(value) ? 'list' : inferUnit(key, value));
    const alternatives = meta?.alternatives ?? [];
    const readOnly = !!meta?.readOnly || unit === 'list' || (unit === 'text' && !alternatives.length) || (value === null && !meta);
    out.push({
      path,
      section: keys[0] as PackSection,
      label: meta?.label ?? ABSENT_RULES[path] ?? { zh: path, en: path },
      unit: alternatives.length ? 'choice' : unit,
      value,
      // an exclusion or a ground of refusal holds the article that states it
      citation: typeof value === 'string' && readOnly && /art\.|§|item/.test(value) ? value : citationOf(version, chain, keys),
      interpretation: !!meta?.interpretation,
      alternatives,
      words: meta?.words ?? null,
      editable: !readOnly,
      nullable: !!meta?.nullable,
    });
  };
  for (const section of PACK_SECTIONS) visit(root[section], [section], [root, root[section] as Record<string, unknown>]);
  return out;
}

/** What a parameter change proposes: path → new value. */
export type ParameterChanges = Record<string, unknown>;

export interface ParameterDiff {
  path: string;
  label: Label;
  unit: PolicyParameter['unit'];
  citation: string;
  interpretation: boolean;
  from: unknown;
  to: unknown;
}

export interface CheckedChange {
  /** The JSON patch for `applyPackOverrides` (a list is replaced whole). */
  patch: PackOverrides;
  after: PolicyPackVersion;
  diff: ParameterDiff[];
}

const INTEGER_UNITS = new Set(['months', 'days', 'workingDays', 'minutes', 'count', 'grade', 'year']);

/** The problem with `value` for `parameter`, and the value as stored (money with 2 decimals). */
function checkValue(parameter: PolicyParameter, value: unknown, path: string): { issue?: PolicyIssue; value?: unknown } {
  const bad = (code: string, message: string) => ({ issue: { path, code, message: `${parameter.label.zh}：${message}` } });
  if (value === null) return parameter.nullable ? { value } : bad('REQUIRED', '须填写 (a value is required)');
  const { unit } = parameter;
  if (unit === 'rate') {
    if (typeof value !== 'string' || !DECIMAL.test(value))
      return bad('INVALID_RATE', `应为小数，如 0.70 (a decimal such as 0.70), got ${shown(value)}`);
    if (Number(value) < 0 || Number(value) > 1) return bad('OUT_OF_RANGE', `应在 0 到 1 之间 (between 0 and 1), got ${value}`);
    return { value };
  }
  if (unit === 'money') {
    if (typeof value !== 'string' || !MONEY.test(value))
      return bad('INVALID_MONEY', `应为金额，如 1800.00 (an amount such as 1800.00), got ${shown(value)}`);
    const [whole, cents = ''] = value.split('.');
    return { value: `${BigInt(whole)}.${cents.padEnd(2, '0')}` };
  }
  if (INTEGER_UNITS.has(unit)) {
    const max = unit === 'grade' ? 5 : unit === 'year' ? 2100 : 10000;
    const min = unit === 'year' ? 2000 : unit === 'days' && path.endsWith('Divisor') ? 1 : 0;
    if (typeof value !== 'number' || !Number.isInteger(value)) return bad('NOT_INTEGER', `应为整数 (a whole number), got ${shown(value)}`);
    if (value < min || value > max) return bad('OUT_OF_RANGE', `应在 ${min} 到 ${max} 之间 (between ${min} and ${max}), got ${value}`);
    return { value };
  }
  if (unit === 'boolean') return typeof value === 'boolean' ? { value } : bad('NOT_ALLOWED', `应为是或否 (yes or no), got ${shown(value)}`);
  if (unit === 'date') return isIsoDate(value) ? { value } : bad('INVALID_DATE', `应为日期 YYYY-MM-DD, got ${shown(value)}`);
  if (unit === 'choice') {
    const allowed = parameter.alternatives.map((a) => a.value);
    return allowed.includes(value as string)
      ? { value }
      : bad('NOT_ALLOWED', `只能取 ${allowed.join('、')} (one of ${allowed.join(', ')}), got ${shown(value)}`);
  }
  return bad('NOT_EDITABLE', '不可修改 (not editable)');
}

function setIn(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let at = target;
  for (const key of keys.slice(0, -1)) {
    at[key] = isPlainObject(at[key]) ? { ...(at[key] as Record<string, unknown>) } : {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
}

/** The patch for the changes: a change inside a list carries the whole list, as `applyPackOverrides` replaces lists whole. */
function patchFor(version: PolicyPackVersion, changes: [string, unknown][]): PackOverrides {
  const patch: PackOverrides = {};
  const lists = new Map<string, unknown[]>();
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const listAt = keys.findIndex((k) => /^\d+$/.test(k));
    if (listAt < 0) {
      setIn(patch, keys, value);
      continue;
    }
    const listPath = keys.slice(0, listAt).join('.');
    const list =
      lists.get(listPath) ??
      (JSON.parse(
        JSON.stringify(keys.slice(0, listAt).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], version)),
      ) as unknown[]);
    lists.set(listPath, list);
    setIn(list as unknown as Record<string, unknown>, keys.slice(listAt), value);
  }
  for (const [listPath, list] of lists) setIn(patch, listPath.split('.'), list);
  return patch;
}

/**
 * Checks a proposed change of `version`'s parameters (Product rule: only editable parameters,
 * each value of its unit — a rate 0–1, money with 2 decimals, whole numbers, one of the spec's
 * readings), every problem listed, and answers the patch, the version after it and the diff.
 */
export function checkParameterChanges(version: PolicyPackVersion, changes: unknown): PolicyResult<CheckedChange> {
  if (!isPlainObject(changes))
    return fail([{ path: 'changes', code: 'REQUIRED', message: '请修改至少一个参数 (change at least one parameter)' }]);
  const parameters = new Map(packParameters(version).map((p) => [p.path, p]));
  const issues: PolicyIssue[] = [];
  const accepted: [string, unknown][] = [];
  const diff: ParameterDiff[] = [];
  for (const [path, given] of Object.entries(changes)) {
    const at = `changes.${path}`;
    const parameter = parameters.get(path);
    if (!parameter) {
      issues.push({ path: at, code: 'UNKNOWN_KEY', message: `${path} 不是该政策参数包的参数 (not a parameter of this pack)` });
      continue;
    }
    if (!parameter.editable) {
      issues.push({ path: at, code: 'NOT_EDITABLE', message: `${parameter.label.zh} 不可在此修改 (not editable here)` });
      continue;
    }
    const checked = checkValue(parameter, given, at);
    if (checked.issue) {
      issues.push(checked.issue);
      continue;
    }
    if (JSON.stringify(checked.value) === JSON.stringify(parameter.value)) continue;
    accepted.push([path, checked.value]);
    const { label, unit, citation, interpretation } = parameter;
    diff.push({ path, label, unit, citation, interpretation, from: parameter.value, to: checked.value });
  }
  if (!issues.length && !accepted.length)
    issues.push({ path: 'changes', code: 'NO_CHANGE', message: '没有参数被修改 (no parameter differs from the version it replaces)' });
  if (issues.length) return fail(issues);
  const patch = patchFor(version, accepted);
  const merged = applyPackOverrides(version, patch);
  if (!merged.ok) return fail(merged.issues.map((i) => ({ ...i, path: `changes.${i.path}` })));
  return ok({ patch, after: merged.value, diff }, [
    {
      rule: 'policy.parameterChange',
      citation: 'Product rule: a parameter change is checked by shared before it is proposed',
      inputs: { region: version.region, validFrom: version.validFrom, changes },
      output: diff.map((d) => ({ path: d.path, from: d.from, to: d.to })),
    },
  ]);
}

/** The parameters that differ between two versions of a region's pack, in the pack's order. */
export function diffPackVersions(before: PolicyPackVersion, after: PolicyPackVersion): ParameterDiff[] {
  const old = new Map(packParameters(before).map((p) => [p.path, p]));
  const out: ParameterDiff[] = [];
  // in the order of the later version; a list that grew shows its new rows (from undefined)
  for (const q of packParameters(after)) {
    const p = old.get(q.path);
    if (p && JSON.stringify(p.value) === JSON.stringify(q.value)) continue;
    out.push({
      path: q.path,
      label: q.label,
      unit: q.unit,
      citation: q.citation,
      interpretation: q.interpretation,
      from: p?.value,
      to: q.value,
    });
  }
  return out;
}
