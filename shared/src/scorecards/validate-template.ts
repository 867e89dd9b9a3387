import { D } from '../core/money.js';
import { Issues, type PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';
import { isCount } from '../core/validate.js';
import { isPoints, isRate } from './points.js';
import type { ScorecardComputedRule, ScorecardEventType, ScorecardTemplate } from './template-types.js';

/**
 * Checks a template (shipped or stored by a region) before it scores anything: every id
 * unique, every points value an exact decimal, the category maxima adding up to the total.
 * Product rule: a malformed template is an input error, never a silent guess.
 */
export function validateScorecardTemplate(template: ScorecardTemplate): PolicyIssue[] {
  const issues = new Issues();
  issues.required('template.id', template.id);
  issues.required('template.title', template.title);
  issues.required('template.source', template.source);
  if (!Number.isInteger(template.year)) issues.add('template.year', 'OUT_OF_RANGE', 'template.year must be a whole year');
  points(issues, 'template.total', template.total);
  const ids = new Set<string>();
  const unique = (path: string, id: string) => {
    if (!issues.required(path, id)) return;
    if (ids.has(id)) issues.add(path, 'NOT_ALLOWED', `id ${id} is used twice in template ${template.id}`);
    ids.add(id);
  };
  // Basic lines have their own namespace (input.basic); the rest share event ids.
  template.basicLines.forEach((line, i) => {
    if (issues.required(`template.basicLines.${i}.id`, line.id) && template.basicLines.findIndex((l) => l.id === line.id) !== i)
      issues.add(`template.basicLines.${i}.id`, 'NOT_ALLOWED', `basic line ${line.id} is listed twice`);
    issues.required(`template.basicLines.${i}.citation`, line.citation);
  });
  let sum = new D(0);
  template.categories.forEach((c, i) => {
    const p = `template.categories.${i}`;
    unique(`${p}.id`, c.id);
    issues.required(`${p}.citation`, c.citation);
    if (points(issues, `${p}.max`, c.max)) sum = sum.plus(c.max);
    for (const [j, e] of c.eventTypes.entries()) eventType(issues, `${p}.eventTypes.${j}`, e, unique);
    for (const [j, r] of c.computed.entries()) computedRule(issues, `${p}.computed.${j}`, r, unique);
  });
  template.vetoes.forEach((v, i) => {
    unique(`template.vetoes.${i}.id`, v.id);
    issues.required(`template.vetoes.${i}.citation`, v.citation);
    if (v.effect.kind === 'deduct') {
      points(issues, `template.vetoes.${i}.effect.points`, v.effect.points);
      if (v.effect.cap !== undefined) points(issues, `template.vetoes.${i}.effect.cap`, v.effect.cap);
    }
  });
  if (isPoints(template.total) && !sum.equals(template.total))
    issues.add('template.total', 'OUT_OF_RANGE', `the category maxima add up to ${sum.toString()}, not ${template.total}`);
  return issues.list;
}

function points(issues: Issues, path: string, value: unknown): boolean {
  if (!issues.required(path, value)) return false;
  if (isPoints(value)) return true;
  issues.add(path, 'OUT_OF_RANGE', `${path} must be a decimal string ≥ 0 such as "2.5", got ${shown(value)}`);
  return false;
}

function eventType(issues: Issues, p: string, e: ScorecardEventType, unique: (path: string, id: string) => void): void {
  unique(`${p}.id`, e.id);
  issues.required(`${p}.citation`, e.citation);
  if (e.points.per === 'event') points(issues, `${p}.points.points`, e.points.points);
  if (e.points.per === 'unit') {
    points(issues, `${p}.points.points`, e.points.points);
    if (!isCount(e.points.unitSize) || e.points.unitSize === 0)
      issues.add(`${p}.points.unitSize`, 'OUT_OF_RANGE', 'unitSize must be a whole number ≥ 1');
  }
  if (e.points.per === 'assessed' && e.points.maxPerEvent !== undefined) points(issues, `${p}.points.maxPerEvent`, e.points.maxPerEvent);
  if (e.cap !== undefined) points(issues, `${p}.cap`, e.cap);
  if (e.deadline && (!isCount(e.deadline.days) || e.deadline.days === 0))
    issues.add(`${p}.deadline.days`, 'OUT_OF_RANGE', 'deadline.days must be a whole number ≥ 1');
}

function computedRule(issues: Issues, p: string, r: ScorecardComputedRule, unique: (path: string, id: string) => void): void {
  unique(`${p}.id`, r.id);
  issues.required(`${p}.citation`, r.citation);
  if ('cap' in r && r.cap !== undefined) points(issues, `${p}.cap`, r.cap);
  switch (r.kind) {
    case 'rateAboveAverage':
      points(issues, `${p}.pointsPerFullPercentagePoint`, r.pointsPerFullPercentagePoint);
      break;
    case 'bands':
      r.bands.forEach((b, i) => {
        points(issues, `${p}.bands.${i}.points`, b.points);
        for (const key of ['atLeast', 'below'] as const)
          if (b[key] !== undefined && !isRate(b[key]))
            issues.add(`${p}.bands.${i}.${key}`, 'OUT_OF_RANGE', `${key} must be a rate in [0, 1]`);
      });
      break;
    case 'countTiers':
      for (const [i, x] of r.tiers.entries()) points(issues, `${p}.tiers.${i}.points`, x.points);
      break;
    case 'shortfall':
      points(issues, `${p}.pointsPerMissing`, r.pointsPerMissing);
      break;
    case 'stepsAbove':
      points(issues, `${p}.pointsPerStep`, r.pointsPerStep);
      if (!(r.step > 0)) issues.add(`${p}.step`, 'OUT_OF_RANGE', 'step must be > 0');
      break;
    case 'choice':
      for (const [k, v] of Object.entries(r.options)) points(issues, `${p}.options.${k}`, v);
      break;
    case 'perCount':
      points(issues, `${p}.pointsEach`, r.pointsEach);
      break;
    case 'ratioAtLeast':
      points(issues, `${p}.points`, r.points);
      if (!isRate(r.atLeast)) issues.add(`${p}.atLeast`, 'OUT_OF_RANGE', 'atLeast must be a rate in [0, 1]');
      break;
    default:
      points(issues, `${p}.points`, r.points);
  }
}
