import { isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import type { ManagementSystem } from './params.js';

/** The seven management systems of Xinjiang art. 6(5). */
export const MANAGEMENT_SYSTEMS: readonly ManagementSystem[] = [
  'service',
  'finance',
  'statistics',
  'internalControl',
  'staff',
  'archives',
  'disputes',
];
/** The four functional zones of Xinjiang annex 2 (differentiated item 1.3): consultation, office, real-name archive, storage. */
export const FUNCTIONAL_ZONES = ['consultation', 'office', 'archive', 'storage'] as const;
export type FunctionalZone = (typeof FUNCTIONAL_ZONES)[number];
export const PREMISES_TENURES = ['owned', 'leased'] as const;

export interface InstitutionProfileDraft {
  /** 建筑面积, m², a decimal string with at most 2 decimals. */
  floorArea?: string | null;
  tenure?: string | null;
  leaseEndsOn?: string | null;
  zones?: string[] | null;
  managementSystems?: string[] | null;
  /** The systems posted in a prominent place of the institution (annex 2, item 3). */
  systemsPosted?: string[] | null;
  infoSystemName?: string | null;
  securityOfficer?: string | null;
}

const issue = (path: string, code: string, message: string): PolicyIssue => ({ path, code, message });
const AREA = /^\d{1,6}(\.\d{1,2})?$/;

/**
 * Product rule: an institution's premises, zones, systems and information system as the annex-1
 * application and the annex-2 review read them (Xinjiang art. 6(3)–(5), 7(4)). A lease needs its
 * end date; a posted system must be one the institution has.
 */
export function institutionProfileIssues(draft: InstitutionProfileDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (draft.floorArea != null && draft.floorArea !== '' && !AREA.test(String(draft.floorArea)))
    issues.push(issue('floorArea', 'OUT_OF_RANGE', '建筑面积应为不小于0的数字，最多两位小数'));
  if (draft.tenure != null && !(PREMISES_TENURES as readonly string[]).includes(draft.tenure))
    issues.push(issue('tenure', 'NOT_ALLOWED', '场所性质只能是自有或租赁'));
  if (draft.tenure === 'leased' && !draft.leaseEndsOn) issues.push(issue('leaseEndsOn', 'REQUIRED', '租赁场所须填写租期截止日'));
  if (draft.leaseEndsOn && !isIsoDate(draft.leaseEndsOn)) issues.push(issue('leaseEndsOn', 'INVALID_DATE', '日期格式应为 YYYY-MM-DD'));
  if (draft.tenure === 'owned' && draft.leaseEndsOn) issues.push(issue('leaseEndsOn', 'NOT_ALLOWED', '自有场所没有租期'));
  const outside = (list: string[] | null | undefined, allowed: readonly string[]) => (list ?? []).some((x) => !allowed.includes(x));
  if (outside(draft.zones, FUNCTIONAL_ZONES)) issues.push(issue('zones', 'NOT_ALLOWED', '功能区不在可选范围内'));
  if (outside(draft.managementSystems, MANAGEMENT_SYSTEMS))
    issues.push(issue('managementSystems', 'NOT_ALLOWED', '管理制度不在可选范围内'));
  if (outside(draft.systemsPosted, draft.managementSystems ?? []))
    issues.push(issue('systemsPosted', 'NOT_ALLOWED', '只有已建立的制度才能公示'));
  for (const f of ['infoSystemName', 'securityOfficer'] as const)
    if ([...(draft[f]?.trim() ?? '')].length > 100) issues.push(issue(f, 'OUT_OF_RANGE', '最多100字'));
  return issues;
}
