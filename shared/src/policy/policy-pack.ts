import { type IsoDate, isIsoDate } from '../core/dates.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { applyPackOverrides, type PackOverrides } from './pack-overrides.js';
import type { PolicyPack, PolicyPackVersion, RegionCode } from './pack-types.js';
import { shippedPacks } from './packs.js';

/**
 * The version of a region's policy pack in force on `date` (the last one whose `validFrom` is on
 * or before it), with the region's overrides applied. `packs` defaults to the shipped packs; the
 * server passes the packs it stores.
 */
export function policyPack(
  region: RegionCode,
  date: IsoDate,
  overrides?: PackOverrides,
  packs: Record<string, PolicyPack> = shippedPacks,
): PolicyResult<PolicyPackVersion> {
  const issues: PolicyIssue[] = [];
  const pack = typeof region === 'string' && Object.hasOwn(packs, region) ? packs[region] : undefined;
  if (!pack)
    issues.push({
      path: 'region',
      code: 'UNKNOWN_REGION',
      message: `no policy pack for region ${shown(region)} (known: ${Object.keys(packs).join(', ')})`,
    });
  if (!isIsoDate(date)) issues.push({ path: 'date', code: 'INVALID_DATE', message: `date must be YYYY-MM-DD, got ${shown(date)}` });
  if (issues.length || !pack) return fail(issues);
  const inForce = pack.versions.filter((v) => v.validFrom <= date).at(-1);
  if (!inForce) {
    return fail([
      {
        path: 'date',
        code: 'NO_POLICY_IN_FORCE',
        message: `${pack.title} is in force only from ${pack.versions[0]?.validFrom}; nothing applies on ${date}`,
      },
    ]);
  }
  const t = new Tracer();
  t.step(
    'policy.versionInForce',
    inForce.citation ?? inForce.source,
    { region, date, versions: pack.versions.map((v) => v.validFrom) },
    { validFrom: inForce.validFrom, title: inForce.title },
  );
  if (!overrides) return ok(JSON.parse(JSON.stringify(inForce)) as PolicyPackVersion, t.steps);
  const merged = applyPackOverrides(inForce, overrides);
  if (!merged.ok) return fail(merged.issues.map((i) => ({ ...i, path: i.path ? `overrides.${i.path}` : 'overrides' })));
  t.include(merged.trace);
  return ok(merged.value, t.steps);
}
