import { D, type Dec, money } from '../core/money.js';
import { ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { SETTLEMENT_CITATION } from './settle-claimant.js';
import type { ClaimantInstitutionLine, SheetTotals } from './settle-types.js';

type Sums = Record<'billed' | 'excluded' | 'eligible' | 'fundPays' | 'claimantPays' | 'unsettled', Dec>;
const FIELDS = ['billed', 'excluded', 'eligible', 'fundPays', 'claimantPays', 'unsettled'] as const;

/**
 * An institution's settlement sheet (Qinhuangdao art. 32, 55): the sum of its claimants' lines —
 * what the fund pays the institution and what its claimants pay it directly.
 */
export function settlementSheet(institutionId: string, lines: readonly ClaimantInstitutionLine[]): PolicyResult<SheetTotals> {
  const t = new Tracer();
  const sums = Object.fromEntries(FIELDS.map((f) => [f, new D(0)])) as Sums;
  let records = 0;
  const claimants = new Set<string>();
  for (const line of lines) {
    if (line.institutionId !== institutionId) continue;
    claimants.add(line.claimantId);
    records += line.records;
    for (const f of FIELDS) sums[f] = sums[f].plus(line[f]);
  }
  const totals: SheetTotals = {
    institutionId,
    claimants: claimants.size,
    records,
    billed: money(sums.billed),
    excluded: money(sums.excluded),
    eligible: money(sums.eligible),
    fundPays: money(sums.fundPays),
    claimantPays: money(sums.claimantPays),
    unsettled: money(sums.unsettled),
  };
  t.step(
    'settlement.sheet',
    SETTLEMENT_CITATION,
    { institutionId, claimants: claimants.size, records },
    {
      fundPays: totals.fundPays,
      claimantPays: totals.claimantPays,
    },
  );
  return ok(totals, t.steps);
}
