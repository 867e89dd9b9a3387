import { CONTRIBUTION_CATEGORIES, type ContributionCategory, HARDSHIP_GROUPS, type HardshipGroup } from '../contributions/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { ageOn, parseResidentId } from './resident-id.js';

/** What a person enters for a claimant; the form and the server check it with the same rules. */
export interface ClaimantDraft {
  name: string;
  idNumber: string;
  phone?: string | null;
  address?: string | null;
  category: ContributionCategory;
  /** A minor follows a parent: the parent's insured category (Qinhuangdao art. 10(四); Tumxuk §4(二)). */
  parentsCategory?: ContributionCategory | null;
  hardshipGroup?: HardshipGroup | null;
  guardianName?: string | null;
  guardianRelation?: string | null;
  insuredSince?: IsoDate | null;
  deathDate?: IsoDate | null;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
/** The categories a parent may hold for a minor to follow (a parent is not a minor or an orphan). */
export const PARENT_CATEGORIES: readonly ContributionCategory[] = ['employee', 'retiree', 'flexible', 'flexibleRetiree', 'resident'];

/** Every problem with a claimant's record, all at once, in Chinese, each with its field and code. */
export function claimantRecordIssues(d: ClaimantDraft, asOf: IsoDate): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  const name = (d.name ?? '').trim();
  if (!name) add('name', 'REQUIRED', '请填写姓名');
  else if (name.length > 50) add('name', 'OUT_OF_RANGE', '姓名不能超过50个字');
  const id = parseResidentId(d.idNumber ?? '', asOf);
  if (!id.ok) issues.push(...id.issues);
  if (d.phone && !PHONE.test(d.phone.trim())) add('phone', 'INVALID_PHONE', '电话应为11位手机号或区号加座机号，如 0335-1234567');
  if ((d.address ?? '').length > 200) add('address', 'OUT_OF_RANGE', '地址不能超过200个字');
  if (!CONTRIBUTION_CATEGORIES.includes(d.category)) add('category', 'NOT_ALLOWED', '请选择参保类别');
  const age = id.ok ? ageOn(id.value.birthDate, asOf) : null;
  // Qinhuangdao art. 10(四): under 18 follows the parents; a minor in lawful work is insured as employee or flexible
  if ((d.category === 'minor' || d.category === 'orphan') && age !== null && age >= 18)
    add('category', 'NOT_ALLOWED', `年满18周岁（${age}岁）不能按未成年人参保`);
  if (d.category === 'minor' && !PARENT_CATEGORIES.includes(d.parentsCategory as ContributionCategory))
    add('parentsCategory', 'REQUIRED', '未成年人随父母参保，请选择父母的参保类别');
  if (d.category !== 'minor' && d.parentsCategory) add('parentsCategory', 'NOT_ALLOWED', '只有未成年人填写父母的参保类别');
  if ((d.category === 'minor' || d.category === 'orphan') && !(d.guardianName ?? '').trim())
    add('guardianName', 'REQUIRED', '未成年人须填写监护人');
  if (d.hardshipGroup && !HARDSHIP_GROUPS.includes(d.hardshipGroup)) add('hardshipGroup', 'NOT_ALLOWED', '困难群体类别不正确');
  if (d.insuredSince && !isIsoDate(d.insuredSince)) add('insuredSince', 'INVALID_DATE', '参保日期应为 YYYY-MM-DD');
  if (d.deathDate) {
    if (!isIsoDate(d.deathDate)) add('deathDate', 'INVALID_DATE', '死亡日期应为 YYYY-MM-DD');
    else if (d.deathDate > asOf) add('deathDate', 'OUT_OF_RANGE', '死亡日期不能晚于今天');
    else if (id.ok && d.deathDate < id.value.birthDate) add('deathDate', 'OUT_OF_RANGE', '死亡日期不能早于出生日期');
  }
  return issues;
}

export interface HospitalStayDraft {
  id?: string;
  admittedOn: IsoDate;
  dischargedOn?: IsoDate | null;
}

/** A stay's dates: admitted by today, discharged on or after admission, overlapping no other stay, not after death. */
export function hospitalStayIssues(
  stay: HospitalStayDraft,
  others: readonly HospitalStayDraft[],
  asOf: IsoDate,
  deathDate?: IsoDate | null,
): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  if (!isIsoDate(stay.admittedOn)) add('admittedOn', 'INVALID_DATE', '入院日期应为 YYYY-MM-DD');
  else if (stay.admittedOn > asOf) add('admittedOn', 'OUT_OF_RANGE', '入院日期不能晚于今天');
  const out = stay.dischargedOn ?? null;
  if (out !== null && !isIsoDate(out)) add('dischargedOn', 'INVALID_DATE', '出院日期应为 YYYY-MM-DD');
  else if (out !== null && out > asOf) add('dischargedOn', 'OUT_OF_RANGE', '出院日期不能晚于今天');
  else if (out !== null && isIsoDate(stay.admittedOn) && out < stay.admittedOn)
    add('dischargedOn', 'OUT_OF_RANGE', '出院日期不能早于入院日期');
  if (deathDate && isIsoDate(stay.admittedOn) && stay.admittedOn > deathDate) add('admittedOn', 'OUT_OF_RANGE', '入院日期晚于死亡日期');
  if (issues.length) return issues;
  const end = out ?? '9999-12-31';
  const overlap = others.find((o) => o.id !== stay.id && o.admittedOn <= end && (o.dischargedOn ?? '9999-12-31') >= stay.admittedOn);
  if (overlap) add('admittedOn', 'OVERLAPS', `与 ${overlap.admittedOn} 入院的住院记录重叠`);
  return issues;
}
