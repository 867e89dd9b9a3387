import { addDays, isIsoDate } from '../core/dates.js';
import { D, type Dec } from '../core/money.js';
import { fail, Issues, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { requireCount, requireRecord, requireText } from '../core/validate.js';
import { checkComputedFacts, evaluateComputedRule } from './computed-rules.js';
import { isPoints, scoreText } from './points.js';
import type {
  ScorecardCategory,
  ScorecardCategoryScore,
  ScorecardEvent,
  ScorecardEventEffect,
  ScorecardEventType,
  ScorecardInput,
  ScorecardResult,
  ScorecardTemplate,
  ScorecardVetoItem,
} from './template-types.js';
import { validateScorecardTemplate } from './validate-template.js';

type Owner = { kind: 'event'; category: ScorecardCategory; type: ScorecardEventType } | { kind: 'veto'; veto: ScorecardVetoItem };

/**
 * Scores recorded events and facts against a template: the basic pass/fail lines, each
 * category from its maximum (deduction) or from 0 (award) with per-type caps and the
 * category floor/ceiling, then the veto items, then the total floor. Every event's effect
 * and every clamp is a trace step with its citation.
 */
export function scoreScorecard(input: ScorecardInput, template: ScorecardTemplate): PolicyResult<ScorecardResult> {
  const templateIssues = validateScorecardTemplate(template);
  if (templateIssues.length) return fail(templateIssues);
  const root = new Issues();
  if (!requireRecord(root, 'input', input)) return fail(root.list);
  const owners = ownersById(template);
  const issues = checkInput(input, template, owners);
  if (!issues.empty) return fail(issues.list);

  const t = new Tracer();
  const effects: ScorecardEventEffect[] = input.events.map((e, index) => ({
    index,
    type: e.type,
    category: categoryOf(owners.get(e.type)!),
    points: '0.00',
    // Stryker disable next-line BooleanLiteral: every event is then scored by its category or veto, which sets counted
    counted: false,
  }));

  const basic = scoreBasic(input, template, t);
  const categories = template.categories.map((c) => scoreCategory(c, input, template, effects, t));
  const subtotal = categories.reduce((acc, c) => acc.plus(c.score), new D(0));
  t.step(
    'scorecard.subtotal',
    `${template.source}: total of the categories`,
    { categories: Object.fromEntries(categories.map((c) => [c.id, c.score])) },
    scoreText(subtotal),
  );
  const { deduction, zeroed } = applyVetoes(input, template, effects, t);
  const total = finalTotal(subtotal, deduction, zeroed, template, t);
  return ok(
    {
      templateId: template.id,
      ...(input.subjectId !== undefined ? { subjectId: input.subjectId } : {}),
      basic,
      categories,
      subtotal: scoreText(subtotal),
      vetoDeduction: scoreText(deduction),
      zeroed,
      total: scoreText(total),
      passed: basic?.passed ?? true,
      events: effects,
    },
    t.steps,
  );
}

function ownersById(template: ScorecardTemplate): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  for (const category of template.categories) {
    // Stryker disable next-line StringLiteral: an owner's kind is only compared with 'veto'
    for (const type of category.eventTypes) owners.set(type.id, { kind: 'event', category, type });
  }
  for (const veto of template.vetoes) owners.set(veto.id, { kind: 'veto', veto });
  return owners;
}

function categoryOf(owner: Owner): string {
  return owner.kind === 'veto' ? 'veto' : owner.category.id;
}

function checkInput(input: ScorecardInput, template: ScorecardTemplate, owners: Map<string, Owner>): Issues {
  const issues = new Issues();
  if (!Array.isArray(input.events)) issues.add('events', 'REQUIRED', 'events must be a list (empty when nothing was recorded)');
  const facts = input.facts ?? {};
  if (requireRecord(issues, 'facts', facts))
    for (const category of template.categories) for (const rule of category.computed) checkComputedFacts(rule, facts, issues);
  for (const line of template.basicLines) {
    const value = input.basic?.[line.id];
    if (issues.required(`basic.${line.id}`, value) && typeof value !== 'boolean')
      issues.add(`basic.${line.id}`, 'NOT_ALLOWED', `basic.${line.id} must be true (pass) or false (fail)`);
  }
  if (input.asOf !== undefined && !isIsoDate(input.asOf)) issues.add('asOf', 'INVALID_DATE', 'asOf must be a date YYYY-MM-DD');
  issues.merge(checkScorecardEvents(input, template, owners));
  return issues;
}

/** The problems with the recorded events alone (type, units, flags, conditions, dates). */
export function checkScorecardEvents(
  input: Pick<ScorecardInput, 'events' | 'conditions' | 'asOf'>,
  template: ScorecardTemplate,
  owners: Map<string, Owner> = ownersById(template),
): PolicyIssue[] {
  const issues = new Issues();
  (Array.isArray(input.events) ? input.events : []).forEach((event, i) => {
    checkEvent(issues, `events.${i}`, event, input, owners);
  });
  return issues.list;
}

function checkEvent(
  issues: Issues,
  p: string,
  event: ScorecardEvent,
  input: Pick<ScorecardInput, 'conditions' | 'asOf'>,
  owners: Map<string, Owner>,
): void {
  if (!requireRecord(issues, p, event) || !requireText(issues, `${p}.type`, event.type)) return;
  const owner = owners.get(event.type);
  if (!owner) {
    issues.add(`${p}.type`, 'NOT_ALLOWED', `unknown event type ${event.type}`);
    return;
  }
  if (owner.kind === 'veto') return;
  const type = owner.type;
  if (type.points.per === 'unit') requireCount(issues, `${p}.units`, event.units);
  if (type.points.per === 'assessed' && issues.required(`${p}.points`, event.points)) {
    if (!isPoints(event.points)) issues.add(`${p}.points`, 'OUT_OF_RANGE', `${p}.points must be a decimal string ≥ 0`);
    else if (type.points.maxPerEvent !== undefined && new D(event.points).greaterThan(type.points.maxPerEvent))
      issues.add(`${p}.points`, 'OUT_OF_RANGE', `${type.title}: at most ${type.points.maxPerEvent} points per event`);
  }
  for (const flag of type.requires ?? []) {
    const value = event.flags?.[flag];
    if (issues.required(`${p}.flags.${flag}`, value) && typeof value !== 'boolean')
      issues.add(`${p}.flags.${flag}`, 'NOT_ALLOWED', `${p}.flags.${flag} must be true or false`);
  }
  if (type.onlyWhen && typeof input.conditions?.[type.onlyWhen] !== 'boolean')
    issues.add(`conditions.${type.onlyWhen}`, 'REQUIRED', `conditions.${type.onlyWhen} (true/false) is required to score ${type.title}`);
  if (type.deadline) {
    if (!isIsoDate(event.occurredOn)) issues.add(`${p}.occurredOn`, 'INVALID_DATE', `${p}.occurredOn must be a date YYYY-MM-DD`);
    if (event.reportedOn !== undefined && !isIsoDate(event.reportedOn))
      issues.add(`${p}.reportedOn`, 'INVALID_DATE', `${p}.reportedOn must be a date YYYY-MM-DD`);
    if (event.reportedOn === undefined && input.asOf === undefined)
      issues.add('asOf', 'REQUIRED', `asOf is required to tell whether the unreported event ${p} is late`);
  }
}

function scoreBasic(input: ScorecardInput, template: ScorecardTemplate, t: Tracer): ScorecardResult['basic'] {
  if (template.basicLines.length === 0) return null;
  const lines = template.basicLines.map((line) => {
    const passed = input.basic![line.id];
    t.step(
      `scorecard.basic.${line.id}`,
      line.citation,
      { line: line.title },
      passed ? 'pass' : 'fail',
      line.note ? { note: line.note } : undefined,
    );
    return { id: line.id, passed };
  });
  const passed = lines.every((l) => l.passed);
  t.step(
    'scorecard.basic',
    `${template.source}: basic part, one failing line fails the review`,
    { failed: lines.filter((l) => !l.passed).map((l) => l.id) },
    passed ? 'pass' : 'fail',
  );
  return { passed, lines };
}

/** Points one event is worth, and whether it counts (flags, conditions, deadline). */
function eventPoints(event: ScorecardEvent, type: ScorecardEventType, input: ScorecardInput): { points: Dec; reason?: string } {
  for (const flag of type.requires ?? []) if (!event.flags![flag]) return { points: new D(0), reason: `not counted: ${flag} is false` };
  if (type.onlyWhen && !input.conditions![type.onlyWhen]) return { points: new D(0), reason: `not counted: ${type.onlyWhen} is false` };
  if (type.deadline) {
    // "30日内": calendar days, the day it happened not counted (Product rule after Civil Code art. 201).
    const due = addDays(event.occurredOn!, type.deadline.days);
    if (event.reportedOn !== undefined && event.reportedOn <= due) return { points: new D(0), reason: `reported on time (due ${due})` };
    if (event.reportedOn === undefined && input.asOf! <= due) return { points: new D(0), reason: `not yet late (due ${due})` };
  }
  switch (type.points.per) {
    case 'event':
      return { points: new D(type.points.points) };
    case 'unit':
      return { points: new D(type.points.points).times(Math.floor(event.units! / type.points.unitSize)) };
    case 'assessed':
      return { points: new D(event.points!) };
  }
}

function scoreCategory(
  category: ScorecardCategory,
  input: ScorecardInput,
  template: ScorecardTemplate,
  effects: ScorecardEventEffect[],
  t: Tracer,
): ScorecardCategoryScore {
  const sign = category.kind === 'deduction' ? -1 : 1;
  let raw = new D(0);
  for (const type of category.eventTypes) {
    let typeTotal = new D(0);
    input.events.forEach((event, index) => {
      if (event.type !== type.id) return;
      const { points, reason } = eventPoints(event, type, input);
      effects[index] = {
        ...effects[index],
        points: scoreText(points.times(sign)),
        counted: points.greaterThan(0),
        ...(reason ? { reason } : {}),
      };
      typeTotal = typeTotal.plus(points);
      t.step(
        `scorecard.event.${type.id}`,
        type.citation,
        { index, ...(event.units !== undefined ? { units: event.units } : {}), ...(event.flags ? { flags: event.flags } : {}) },
        scoreText(points.times(sign)),
        reason ? { note: reason } : undefined,
      );
    });
    if (type.cap !== undefined && typeTotal.greaterThan(type.cap)) {
      t.step(
        `scorecard.cap.${type.id}`,
        type.citation,
        { points: scoreText(typeTotal), cap: type.cap },
        scoreText(new D(type.cap).times(sign)),
        {
          note: 'this item counts at most its cap',
        },
      );
      typeTotal = new D(type.cap);
    }
    raw = raw.plus(typeTotal);
  }
  for (const rule of category.computed) raw = raw.plus(evaluateComputedRule(rule, input.facts, t));
  return clampCategory(category, raw, template, t);
}

function clampCategory(category: ScorecardCategory, raw: Dec, template: ScorecardTemplate, t: Tracer): ScorecardCategoryScore {
  const max = new D(category.max);
  let score = category.kind === 'deduction' ? max.minus(raw) : raw;
  let clamped: ScorecardCategoryScore['clamped'] = null;
  const { categoryFloor, categoryCeiling } = template.interpretations;
  if (category.kind === 'deduction' && categoryFloor === 'zero' && score.lessThan(0)) {
    clamped = 'floor';
    t.step(`scorecard.floor.${category.id}`, category.citation, { max: category.max, deducted: scoreText(raw) }, '0.00', {
      interpretation: `categoryFloor=zero${noteOf(template, 'categoryFloor')}`,
    });
    score = new D(0);
  }
  if (category.kind === 'award' && categoryCeiling === 'max' && score.greaterThan(max)) {
    clamped = 'ceiling';
    t.step(`scorecard.ceiling.${category.id}`, category.citation, { max: category.max, earned: scoreText(raw) }, scoreText(max), {
      interpretation: `categoryCeiling=max${noteOf(template, 'categoryCeiling')}`,
    });
    score = max;
  }
  t.step(
    `scorecard.category.${category.id}`,
    category.citation,
    { kind: category.kind, max: category.max, points: scoreText(raw) },
    scoreText(score),
  );
  return {
    id: category.id,
    title: category.title,
    kind: category.kind,
    max: scoreText(max),
    points: scoreText(raw),
    score: scoreText(score),
    clamped,
  };
}

// Stryker disable all: the note is only text of a trace step's interpretation
function noteOf(template: ScorecardTemplate, key: keyof ScorecardTemplate['interpretations']): string {
  const note = template.interpretationNotes?.[key];
  return note ? ` (${note})` : '';
}
// Stryker restore all

function applyVetoes(
  input: ScorecardInput,
  template: ScorecardTemplate,
  effects: ScorecardEventEffect[],
  t: Tracer,
): { deduction: Dec; zeroed: boolean } {
  let deduction = new D(0);
  let zeroed = false;
  for (const veto of template.vetoes) {
    let vetoTotal = new D(0);
    input.events.forEach((event, index) => {
      if (event.type !== veto.id) return;
      if (veto.effect.kind === 'zeroTotal') {
        zeroed = true;
        effects[index] = { ...effects[index], counted: true, reason: 'total set to 0' };
        t.step(`scorecard.veto.${veto.id}`, veto.citation, { index }, 'total = 0');
        return;
      }
      vetoTotal = vetoTotal.plus(veto.effect.points);
      effects[index] = { ...effects[index], points: scoreText(new D(veto.effect.points).negated()), counted: true };
      t.step(`scorecard.veto.${veto.id}`, veto.citation, { index }, scoreText(new D(veto.effect.points).negated()));
    });
    if (veto.effect.kind === 'deduct' && veto.effect.cap !== undefined && vetoTotal.greaterThan(veto.effect.cap)) {
      t.step(
        `scorecard.cap.${veto.id}`,
        veto.citation,
        { points: scoreText(vetoTotal), cap: veto.effect.cap },
        scoreText(new D(veto.effect.cap).negated()),
        {
          note: 'this item counts at most its cap',
        },
      );
      vetoTotal = new D(veto.effect.cap);
    }
    deduction = deduction.plus(vetoTotal);
  }
  return { deduction, zeroed };
}

function finalTotal(subtotal: Dec, deduction: Dec, zeroed: boolean, template: ScorecardTemplate, t: Tracer): Dec {
  const citation = `${template.source}: total`;
  if (zeroed) {
    t.step('scorecard.total', citation, { subtotal: scoreText(subtotal), vetoDeduction: scoreText(deduction) }, '0.00', {
      note: 'a veto item sets the total to 0',
    });
    return new D(0);
  }
  let total = subtotal.minus(deduction);
  if (total.lessThan(0) && template.interpretations.totalFloor === 'zero') {
    t.step('scorecard.totalFloor', citation, { total: scoreText(total) }, '0.00', {
      interpretation: `totalFloor=zero${noteOf(template, 'totalFloor')}`,
    });
    total = new D(0);
  }
  t.step('scorecard.total', citation, { subtotal: scoreText(subtotal), vetoDeduction: scoreText(deduction) }, scoreText(total));
  return total;
}
