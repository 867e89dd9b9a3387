import { D, isMoney, type Money, money } from '../core/money.js';
import type { PolicyIssue } from '../core/result.js';
import type { Trace } from '../core/trace.js';

export const RECOVERY_CITATION = 'Qinhuangdao art. 68 (追回违规费用); art. 50 ¶2 (原渠道退回基金)';

/** A paid record a recovery names: what was paid for it and what earlier recoveries already took back. */
export interface PaidRecord {
  id: string;
  paid: Money;
  recovered: Money;
}

/**
 * A recovery names the paid records it concerns; it may take back at most what was paid for them
 * and not yet recovered (Qinhuangdao art. 68). Every named record must be paid to the institution.
 */
export function recoveryIssues(
  amount: unknown,
  named: readonly string[],
  paid: readonly PaidRecord[],
): { issues: PolicyIssue[]; trace: Trace; allocation: (PaidRecord & { allocated: Money })[] } {
  const issues: PolicyIssue[] = [];
  if (!isMoney(amount) || D(amount).lte(0))
    issues.push({ path: 'amount', code: 'INVALID_AMOUNT', message: '追回金额应为大于0的金额（最多两位小数）' });
  if (!named.length)
    issues.push({ path: 'records', code: 'RECOVERY_NO_RECORDS', message: '请列明追回涉及的已支付记录 (name the paid records)' });
  const byId = new Map(paid.map((p) => [p.id, p]));
  const unknown = named.filter((id) => !byId.has(id));
  if (unknown.length)
    issues.push({
      path: 'records',
      code: 'RECOVERY_RECORD_NOT_PAID',
      message: `所列记录不是该机构的已支付记录：${unknown.join('、')} (not a paid record of the institution)`,
    });
  const rows = [...new Set(named)].map((id) => byId.get(id)).filter((p): p is PaidRecord => !!p);
  const available = rows.reduce((s, p) => s.plus(p.paid).minus(p.recovered), D(0));
  if (!issues.length && D(amount as string).gt(available))
    issues.push({
      path: 'amount',
      code: 'RECOVERY_EXCEEDS_PAID',
      message: `追回金额 ${amount} 元超过所列记录已支付未追回的 ${money(available)} 元 (more than was paid)`,
    });
  // the amount is set against the records in the order named, each up to what is left of it
  let left = issues.length ? D(0) : D(amount as string);
  const allocation = rows.map((p) => {
    const take = D.min(left, D(p.paid).minus(p.recovered));
    left = left.minus(take);
    return { ...p, allocated: money(take) };
  });
  return {
    issues,
    allocation,
    trace: [
      {
        rule: 'supervision.recoveryWithinPaid',
        citation: RECOVERY_CITATION,
        inputs: { amount, records: rows.map((p) => ({ id: p.id, paid: p.paid, recovered: p.recovered })) },
        output: { available: money(available), ok: !issues.length, allocation: allocation.map((a) => [a.id, a.allocated]) },
      },
    ],
  };
}
