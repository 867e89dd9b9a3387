import { D, type Dec } from '../core/money.js';
import type { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import type { Tracer } from '../core/trace.js';
import { isRecord, requireBoolean, requireCount, requireRecordList, requireText } from '../core/validate.js';
import { addFractions, checkRate, type Fraction, floorFraction, fraction, fractionText, scoreText, subtractFractions } from './points.js';
import type { ScorecardComputedRule, ScorecardFactValue, ScorecardRateRecords } from './template-types.js';

type Facts = Record<string, ScorecardFactValue>;

/** Every fact the rule reads, checked before anything is computed. */
export function checkComputedFacts(rule: ScorecardComputedRule, facts: Facts, issues: Issues): void {
  const path = (name: string) => `facts.${name}`;
  switch (rule.kind) {
    case 'rateAboveAverage':
      checkRateRecords(issues, path(rule.fact), facts[rule.fact]);
      return;
    case 'bands':
    case 'proportional':
      checkRate(issues, path(rule.fact), facts[rule.fact]);
      return;
    case 'countTiers':
    case 'shortfall':
    case 'perCount':
      requireCount(issues, path(rule.fact), facts[rule.fact]);
      return;
    case 'stepsAbove': {
      const value = facts[rule.fact];
      if (issues.required(path(rule.fact), value) && !(typeof value === 'number' && Number.isFinite(value) && value >= 0))
        issues.add(path(rule.fact), 'OUT_OF_RANGE', `${path(rule.fact)} must be a number ≥ 0, got ${shown(value)}`);
      return;
    }
    case 'flag':
      requireBoolean(issues, path(rule.fact), facts[rule.fact]);
      return;
    case 'choice': {
      const value = facts[rule.fact];
      if (issues.required(path(rule.fact), value) && !(typeof value === 'string' && Object.hasOwn(rule.options, value)))
        issues.add(
          path(rule.fact),
          'NOT_ALLOWED',
          `${path(rule.fact)} must be one of ${Object.keys(rule.options).join(', ')}, got ${shown(value)}`,
        );
      return;
    }
    case 'allAtLeast':
      for (const name of Object.keys(rule.minimums)) requireCount(issues, path(name), facts[name]);
      return;
    case 'ratioAtLeast': {
      const okN = requireCount(issues, path(rule.numerator), facts[rule.numerator]);
      const okD = requireCount(issues, path(rule.denominator), facts[rule.denominator]);
      const numerator = facts[rule.numerator] as number;
      const denominator = facts[rule.denominator] as number;
      if (okN && okD && numerator > denominator)
        issues.add(path(rule.numerator), 'OUT_OF_RANGE', `${rule.numerator} cannot exceed ${rule.denominator}`);
      return;
    }
  }
}

function checkRateRecords(issues: Issues, path: string, value: unknown): void {
  if (!issues.required(path, value)) return;
  const v = value as ScorecardRateRecords;
  if (!isRecord(v) || !Array.isArray(v.records)) {
    issues.add(path, 'NOT_ALLOWED', `${path} must be { subjectId, records: [{ id, count, base }] }`);
    return;
  }
  const subjectOk = requireText(issues, `${path}.subjectId`, v.subjectId);
  if (!requireRecordList(issues, `${path}.records`, v.records)) return;
  const seen = new Set<string>();
  v.records.forEach((r, i) => {
    const p = `${path}.records.${i}`;
    if (requireText(issues, `${p}.id`, r.id)) {
      if (seen.has(r.id)) issues.add(`${p}.id`, 'NOT_ALLOWED', `institution ${r.id} appears twice`);
      seen.add(r.id);
    }
    const okC = requireCount(issues, `${p}.count`, r.count);
    const okB = requireCount(issues, `${p}.base`, r.base);
    if (okC && okB && r.count > r.base) issues.add(`${p}.count`, 'OUT_OF_RANGE', `count ${r.count} exceeds base ${r.base}`);
  });
  if (subjectOk && !v.records.some((r) => r.id === v.subjectId))
    issues.add(`${path}.records`, 'REQUIRED', `the records must include the institution being scored (${v.subjectId})`);
}

/** Points the rule removes (deduction category) or earns (award category), ≥ 0. */
export function evaluateComputedRule(rule: ScorecardComputedRule, facts: Facts, t: Tracer): Dec {
  const rule_ = `scorecard.computed.${rule.id}`;
  switch (rule.kind) {
    case 'rateAboveAverage':
      return rateAboveAverage(rule, facts[rule.fact] as ScorecardRateRecords, t);
    case 'bands': {
      const rate = new D(facts[rule.fact] as string);
      const band = rule.bands.find(
        (b) =>
          (b.atLeast === undefined || rate.greaterThanOrEqualTo(b.atLeast)) &&
          (b.below === undefined || (rule.upperBound === 'exclusive' ? rate.lessThan(b.below) : rate.lessThanOrEqualTo(b.below))),
      );
      const points = new D(band?.points ?? 0);
      t.step(rule_, rule.citation, { [rule.fact]: facts[rule.fact], band: band ?? null }, scoreText(points), {
        interpretation: `upperBound=${rule.upperBound}`,
      });
      return points;
    }
    case 'countTiers': {
      const count = facts[rule.fact] as number;
      const tier = rule.tiers.find((x) => count >= x.atLeast);
      return traced(t, rule_, rule.citation, { [rule.fact]: count, tier: tier ?? null }, new D(tier?.points ?? 0));
    }
    case 'shortfall': {
      const held = facts[rule.fact] as number;
      const missing = Math.max(0, rule.required - held);
      const points = capped(new D(rule.pointsPerMissing).times(missing), rule.cap);
      return traced(t, rule_, rule.citation, { [rule.fact]: held, required: rule.required, missing, cap: rule.cap ?? null }, points);
    }
    case 'flag': {
      const on = facts[rule.fact] as boolean;
      return traced(t, rule_, rule.citation, { [rule.fact]: on }, new D(on ? rule.points : 0));
    }
    case 'stepsAbove': {
      const value = facts[rule.fact] as number;
      let steps = 0;
      if (value >= rule.minimum) {
        steps = new D(value).minus(rule.minimum).dividedToIntegerBy(rule.step).toNumber();
        if (rule.stepCounting === 'minimumIsFirstStep') steps += 1;
      }
      const points = capped(new D(rule.pointsPerStep).times(steps), rule.cap);
      t.step(
        rule_,
        rule.citation,
        { [rule.fact]: value, minimum: rule.minimum, step: rule.step, steps, cap: rule.cap ?? null },
        scoreText(points),
        {
          interpretation: `stepCounting=${rule.stepCounting}`,
        },
      );
      return points;
    }
    case 'choice': {
      const option = facts[rule.fact] as string;
      return traced(t, rule_, rule.citation, { [rule.fact]: option }, new D(rule.options[option]));
    }
    case 'perCount': {
      const count = facts[rule.fact] as number;
      const points = capped(new D(rule.pointsEach).times(count), rule.cap);
      return traced(t, rule_, rule.citation, { [rule.fact]: count, pointsEach: rule.pointsEach, cap: rule.cap ?? null }, points);
    }
    case 'allAtLeast': {
      const values = Object.fromEntries(Object.keys(rule.minimums).map((k) => [k, facts[k] as number]));
      const met = Object.entries(rule.minimums).every(([k, min]) => values[k] >= min);
      return traced(t, rule_, rule.citation, { ...values, minimums: rule.minimums, met }, new D(met ? rule.points : 0));
    }
    case 'ratioAtLeast': {
      const n = facts[rule.numerator] as number;
      const d = facts[rule.denominator] as number;
      // With nobody to certify there is no rate: no points.
      const met = d > 0 && new D(n).dividedBy(d).greaterThanOrEqualTo(rule.atLeast);
      return traced(
        t,
        rule_,
        rule.citation,
        { [rule.numerator]: n, [rule.denominator]: d, atLeast: rule.atLeast, met },
        new D(met ? rule.points : 0),
      );
    }
    case 'proportional': {
      const rate = new D(facts[rule.fact] as string);
      const share = rule.of === 'rate' ? rate : new D(1).minus(rate);
      const points = new D(scoreText(new D(rule.points).times(share)));
      return traced(t, rule_, rule.citation, { [rule.fact]: facts[rule.fact], of: rule.of, points: rule.points }, points);
    }
  }
}

function traced(t: Tracer, rule: string, citation: string, inputs: Record<string, unknown>, points: Dec): Dec {
  t.step(rule, citation, inputs, scoreText(points));
  return points;
}

function capped(points: Dec, cap: string | undefined): Dec {
  return cap !== undefined && points.greaterThan(cap) ? new D(cap) : points;
}

function rateAboveAverage(rule: Extract<ScorecardComputedRule, { kind: 'rateAboveAverage' }>, value: ScorecardRateRecords, t: Tracer): Dec {
  // An institution with no orders that year has no rate; it takes no part in the average.
  const withRate = value.records.filter((r) => r.base > 0);
  const own = value.records.find((r) => r.id === value.subjectId)!;
  const inputs = {
    subjectId: value.subjectId,
    own: { count: own.count, base: own.base },
    institutionsWithRate: withRate.length,
    excludedWithoutOrders: value.records.filter((r) => r.base === 0).map((r) => r.id),
  };
  if (own.base === 0) {
    t.step(`scorecard.computed.${rule.id}`, rule.citation, inputs, '0.00', { note: 'no orders that year: no rate, no deduction' });
    return new D(0);
  }
  let average: Fraction;
  if (rule.average === 'meanOfInstitutionRates') {
    const sum = withRate.reduce<Fraction>((acc, r) => addFractions(acc, fraction(r.count, r.base)), fraction(0, 1));
    average = { n: sum.n, d: sum.d * BigInt(withRate.length) };
  } else {
    average = fraction(
      withRate.reduce((a, r) => a + r.count, 0),
      withRate.reduce((a, r) => a + r.base, 0),
    );
  }
  const ownRate = fraction(own.count, own.base);
  const excess = subtractFractions(ownRate, average);
  const fullPoints = floorFraction({ n: excess.n * 100n, d: excess.d });
  const steps = fullPoints > 0n ? Number(fullPoints) : 0;
  const points = capped(new D(rule.pointsPerFullPercentagePoint).times(steps), rule.cap);
  t.step(
    `scorecard.computed.${rule.id}`,
    rule.citation,
    {
      ...inputs,
      ownRatePercent: fractionText({ n: ownRate.n * 100n, d: ownRate.d }, 4),
      averageRatePercent: fractionText({ n: average.n * 100n, d: average.d }, 4),
      fullPercentagePointsAbove: steps,
    },
    scoreText(points),
    { interpretation: `average=${rule.average}`, note: 'the average is computed from every institution’s records, not typed' },
  );
  return points;
}
