import { D, type Money, money } from '../core/money.js';
import { ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';

/**
 * Qinhuangdao art. 68 (按协议约定处理) and art. 71 (因违规被暂停或不予拨付费用的机构 … 经审核通过后，方可恢复):
 * a withholding decided on an institution is kept back from its settlement payments until the
 * finding's rectification is verified, then given back with the next payment.
 */
export const WITHHOLDING_CITATION = 'Qinhuangdao art. 68, 71';

/** A withholding consequence as the settlement sees it. */
export interface PendingWithholding {
  consequenceId: string;
  /** The amount the consequence withholds. */
  amount: Money;
  /** Already kept back by live runs (not returned). */
  withheld: Money;
  /** Kept back by paid runs and not yet given back: what a release pays. */
  releasable: Money;
  /** The finding's rectification is verified (art. 71: 经审核通过后，方可恢复). */
  releaseDue: boolean;
  /** The explanation shown on the sheet: the finding and the consequence's reason and basis. */
  finding: string;
  reason: string;
  decidedOn: string;
}

export interface WithholdingAction {
  consequenceId: string;
  action: 'withhold' | 'release';
  amount: Money;
  finding: string;
  reason: string;
  decidedOn: string;
  citation: string;
}

export interface SheetWithholding {
  withheld: Money;
  released: Money;
  /** What the payment posts: the fund's part − withheld + released. */
  payable: Money;
  actions: WithholdingAction[];
}

/**
 * What a sheet withholds and releases: a due release gives back all that paid runs kept (art. 71);
 * otherwise what is left of each withholding is kept back, in the order decided, as far as the sheet's
 * fund part reaches (never below zero: the rest waits for the next payment).
 */
export function sheetWithholding(fundPays: Money, pending: readonly PendingWithholding[]): PolicyResult<SheetWithholding> {
  const t = new Tracer();
  let left = new D(fundPays);
  let withheld = new D(0);
  let released = new D(0);
  const actions: WithholdingAction[] = [];
  for (const p of pending) {
    const base = {
      consequenceId: p.consequenceId,
      finding: p.finding,
      reason: p.reason,
      decidedOn: p.decidedOn,
      citation: WITHHOLDING_CITATION,
    };
    if (p.releaseDue) {
      const back = new D(p.releasable);
      if (!back.greaterThan(0)) continue;
      released = released.plus(back);
      actions.push({ ...base, action: 'release', amount: money(back) });
      t.step(
        'settlement.withholdingReleased',
        WITHHOLDING_CITATION,
        { consequenceId: p.consequenceId, releasable: p.releasable },
        money(back),
        {
          note: `整改经审核通过，返还暂扣款 (rectification verified: released)：${p.finding}`,
        },
      );
      continue;
    }
    const rest = new D(p.amount).minus(p.withheld);
    const take = D.min(rest, left);
    if (!take.greaterThan(0)) continue;
    left = left.minus(take);
    withheld = withheld.plus(take);
    actions.push({ ...base, action: 'withhold', amount: money(take) });
    t.step(
      'settlement.withholding',
      WITHHOLDING_CITATION,
      { consequenceId: p.consequenceId, amount: p.amount, alreadyWithheld: p.withheld, fundPays },
      money(take),
      { note: `暂扣：${p.reason}（${p.finding}）` },
    );
  }
  const payable = money(new D(fundPays).minus(withheld).plus(released));
  if (actions.length)
    t.step('settlement.payable', WITHHOLDING_CITATION, { fundPays, withheld: money(withheld), released: money(released) }, payable);
  return ok({ withheld: money(withheld), released: money(released), payable, actions }, t.steps);
}
