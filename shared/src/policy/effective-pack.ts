import { type IsoDate, isIsoDate } from '../core/dates.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { applyPackOverrides, type PackOverrides } from './pack-overrides.js';
import type { PolicyPack, PolicyPackVersion, RegionCode } from './pack-types.js';
import { shippedPacks } from './packs.js';
import { policyPack } from './policy-pack.js';

/** An approved parameter change: from its date on it is the region's pack, also within later shipped versions, until another replaces it. */
export interface ApprovedPolicyChange {
  id: string;
  effectiveFrom: IsoDate;
  patch: PackOverrides;
}

/**
 * The region's pack on `date`: the shipped version in force (with its stored `overrides`), then
 * every approved change effective on or before `date`, oldest first (Product rule: an approved
 * change is an effective-dated version; a calculation for a date before it never sees it).
 * The answer's `validFrom` is the later of the shipped version's and the last change's.
 */
export function policyPackWithChanges(
  region: RegionCode,
  date: IsoDate,
  changes: readonly ApprovedPolicyChange[],
  overrides?: PackOverrides,
  packs: Record<string, PolicyPack> = shippedPacks,
): PolicyResult<PolicyPackVersion> {
  const shipped = policyPack(region, date, overrides, packs);
  if (!shipped.ok) return shipped;
  if (!isIsoDate(date)) return fail([{ path: 'date', code: 'INVALID_DATE', message: `date must be YYYY-MM-DD, got ${shown(date)}` }]);
  const applying = changes
    .filter((c) => isIsoDate(c.effectiveFrom) && c.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  if (!applying.length) return shipped;
  const t = new Tracer();
  t.include(shipped.trace);
  let version = shipped.value;
  for (const change of applying) {
    const merged = applyPackOverrides(version, change.patch);
    if (!merged.ok) return fail(merged.issues.map((i) => ({ ...i, path: `changes.${change.id}.${i.path}` })));
    version = merged.value;
  }
  const last = applying[applying.length - 1].effectiveFrom;
  const validFrom = [last, version.validFrom].sort()[1];
  t.step(
    'policy.approvedChanges',
    'Product rule: approved parameter changes apply from their effective date (four-eyes approved)',
    { region, date, changes: applying.map((c) => ({ id: c.id, effectiveFrom: c.effectiveFrom })) },
    { validFrom, changes: applying.length },
  );
  return ok({ ...version, validFrom, title: `${version.title}（参数变更 ${last} 起）` }, t.steps);
}
