import { D, type Dec, type Money, money } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import { moneyText, ZERO } from './money-text.js';
import type { BenefitParams } from './params.js';
import type { BilledLine, ExcludedLine } from './quote-types.js';

export interface SplitLines {
  billed: Dec;
  eligible: Dec;
  excluded: Dec;
  billedText: Money;
  eligibleText: Money;
  excludedText: Money;
  excludedLines: ExcludedLine[];
}

/**
 * Removes the lines the fund never pays — Qinhuangdao art. 33 (medical, work-injury,
 * maternity or third-party items; bed and meals; hospital stays; non-designated providers;
 * others), Tumxuk §5(二) (bed, meals and other non-care costs; items of basic medical
 * insurance; others by law) — one trace step per article applied.
 */
export function splitLines(t: Tracer, lines: readonly BilledLine[], params: BenefitParams): SplitLines {
  // Eligible and excluded are summed apart (fewer decimal operations than billed − excluded).
  let eligible: Dec | null = null;
  let excluded: Dec | null = null;
  let eligibleText: Money | null = null;
  const excludedLines: ExcludedLine[] = [];
  let groups: Map<string, { lines: number[]; categories: string[]; sum: Dec }> | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const amount = new D(line.amount);
    const citation = params.exclusions[line.category];
    if (!citation) {
      eligibleText = eligible ? null : moneyText(line.amount, amount);
      eligible = eligible ? eligible.plus(amount) : amount;
      continue;
    }
    excluded = excluded ? excluded.plus(amount) : amount;
    excludedLines.push({ index, category: line.category, amount: moneyText(line.amount, amount), citation });
    groups ??= new Map();
    const group = groups.get(citation);
    if (group) {
      group.lines.push(index);
      group.categories.push(line.category);
      group.sum = group.sum.plus(amount);
    } else groups.set(citation, { lines: [index], categories: [line.category], sum: amount });
  }
  eligibleText ??= eligible ? money(eligible) : '0.00';
  const excludedText = excluded ? money(excluded) : '0.00';
  if (groups) {
    for (const [citation, g] of groups) {
      t.step(
        'benefits.excludedCharges',
        citation,
        { lines: g.lines, categories: g.categories },
        groups.size === 1 ? excludedText : money(g.sum),
        {
          note: '基金不予支付 (never paid by the fund)',
        },
      );
    }
  }
  const billed = excluded ? (eligible ? eligible.plus(excluded) : excluded) : (eligible ?? ZERO);
  return {
    billed,
    billedText: excluded ? money(billed) : eligibleText,
    eligible: eligible ?? ZERO,
    eligibleText,
    excluded: excluded ?? ZERO,
    excludedText,
    excludedLines,
  };
}
