import { describe, expect, it } from 'vitest';
import { scoreScorecard } from './engine.js';
import type { ScorecardComputedRule, ScorecardInput, ScorecardTemplate } from './template-types.js';
import { changzhouAnnual2024 } from './templates/changzhou-annual-2024.js';
import { scorecardTemplate, scorecardTemplates } from './templates/registry.js';
import { validateScorecardTemplate } from './validate-template.js';

// A small test template (citations "Test n") exercising every engine feature.
function template(overrides: Partial<ScorecardTemplate> = {}, computed: ScorecardComputedRule[] = []): ScorecardTemplate {
  return {
    id: 'test',
    title: 'test',
    source: 'Test',
    year: 2025,
    total: '20',
    basicLines: [{ id: 'licence', title: 'licence', citation: 'Test 0' }],
    categories: [
      {
        id: 'ded',
        title: 'ded',
        citation: 'Test 1',
        kind: 'deduction',
        max: '10',
        eventTypes: [
          { id: 'assessed', title: 'assessed', citation: 'Test 1(1)', points: { per: 'assessed', maxPerEvent: '4' } },
          {
            id: 'units',
            title: 'units',
            citation: 'Test 1(2)',
            points: { per: 'unit', points: '2', unitSize: 10, unitLabel: 'x' },
            cap: '6',
          },
        ],
        computed,
      },
      {
        id: 'award',
        title: 'award',
        citation: 'Test 2',
        kind: 'award',
        max: '10',
        eventTypes: [{ id: 'plus', title: 'plus', citation: 'Test 2(1)', points: { per: 'event', points: '3' } }],
        computed: [],
      },
    ],
    vetoes: [
      { id: 'warn', title: 'warn', citation: 'Test 3', effect: { kind: 'deduct', points: '4', cap: '8' } },
      { id: 'zero', title: 'zero', citation: 'Test 4', effect: { kind: 'zeroTotal' } },
    ],
    interpretations: { categoryFloor: 'zero', categoryCeiling: 'max', totalFloor: 'zero' },
    ...overrides,
  };
}

const input = (events: ScorecardInput['events'], facts: ScorecardInput['facts'] = {}): ScorecardInput => ({
  events,
  facts,
  basic: { licence: true },
});

function run(events: ScorecardInput['events'], tpl = template(), facts: ScorecardInput['facts'] = {}) {
  const r = scoreScorecard(input(events, facts), tpl);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('scorecard engine', () => {
  it.each<[string, ScorecardInput['events'], string, string]>([
    [
      'Product rule: assessed points 1.5 + 2 → 10 − 3.5 = 6.5',
      [
        { type: 'assessed', points: '1.5' },
        { type: 'assessed', points: '2' },
      ],
      '6.50',
      '6.50',
    ],
    ['Product rule: per unit 25 units / 10 → 2 full units × 2 = 4 → 6', [{ type: 'units', units: 25 }], '6.00', '6.00'],
    [
      'Product rule: per-type cap 6 (2 × 40 units = 16 points → 6) → 4',
      [
        { type: 'units', units: 40 },
        { type: 'units', units: 40 },
      ],
      '4.00',
      '4.00',
    ],
    [
      'Product rule: award 4 × 3 = 12 → ceiling 10',
      [{ type: 'plus' }, { type: 'plus' }, { type: 'plus' }, { type: 'plus' }],
      '10.00',
      '20.00',
    ],
    ['Product rule: veto 3 × 4 = 12 capped at 8 → 10 − 8 = 2', [{ type: 'warn' }, { type: 'warn' }, { type: 'warn' }], '10.00', '2.00'],
  ])('%s', (_name, events, first, total) => {
    const v = run(events);
    expect(v.categories[0].kind === 'deduction' && events[0].type !== 'plus' ? v.categories[0].score : v.categories[1].score).toBe(first);
    expect(v.total).toBe(total);
  });

  it('Product rule: with the floor interpretations switched off a category and the total may go negative', () => {
    const tpl = template({ interpretations: { categoryFloor: 'none', categoryCeiling: 'none', totalFloor: 'none' } });
    const v = run(
      [
        { type: 'units', units: 30 },
        { type: 'assessed', points: '4' },
        { type: 'assessed', points: '4' },
        ...Array.from({ length: 5 }, () => ({ type: 'plus' })),
        { type: 'warn' },
        { type: 'warn' },
      ],
      tpl,
    );
    // ded: 10 − (6 + 8) = −4; award 5 × 3 = 15 (no ceiling) → subtotal 11; vetoes 8 → 3
    expect(v.categories.map((c) => c.score)).toEqual(['-4.00', '15.00']);
    expect(v.total).toBe('3.00');
    const v2 = run(
      [
        { type: 'units', units: 30 },
        { type: 'assessed', points: '4' },
        { type: 'assessed', points: '4' },
        { type: 'warn' },
        { type: 'warn' },
      ],
      tpl,
    );
    // −4 + 0 − 8 = −12
    expect(v2.total).toBe('-12.00');
  });

  it('Product rule: a zeroing veto sets the total to 0 whatever the rest', () => {
    const v = run([{ type: 'plus' }, { type: 'zero' }]);
    expect(v).toMatchObject({ subtotal: '13.00', total: '0.00', zeroed: true });
  });

  it.each<[string, ScorecardComputedRule, ScorecardInput['facts'], string]>([
    [
      'Changzhou item 4(5) with average = pooledRate: A 1/3, B 1/6 → pooled 2/9 = 22.22% → 11 full points → 10 − 11 → 0',
      {
        kind: 'rateAboveAverage',
        id: 'r',
        title: 'r',
        citation: 'Test 1(3)',
        fact: 'rates',
        pointsPerFullPercentagePoint: '1',
        average: 'pooledRate',
      },
      {
        rates: {
          subjectId: 'A',
          records: [
            { id: 'A', count: 1, base: 3 },
            { id: 'B', count: 1, base: 6 },
          ],
        },
      },
      '0.00',
    ],
    [
      'Product rule: rateAboveAverage cap 3 → 10 − 3 = 7',
      {
        kind: 'rateAboveAverage',
        id: 'r',
        title: 'r',
        citation: 'Test 1(3)',
        fact: 'rates',
        pointsPerFullPercentagePoint: '1',
        average: 'meanOfInstitutionRates',
        cap: '3',
      },
      {
        rates: {
          subjectId: 'A',
          records: [
            { id: 'A', count: 50, base: 100 },
            { id: 'B', count: 0, base: 100 },
          ],
        },
      },
      '7.00',
    ],
    [
      'Changzhou item 10 with upperBound = inclusive: 90% → −3 → 7',
      {
        kind: 'bands',
        id: 'b',
        title: 'b',
        citation: 'Test 1(4)',
        fact: 's',
        bands: [
          { below: '0.85', points: '5' },
          { atLeast: '0.85', below: '0.90', points: '3' },
        ],
        upperBound: 'inclusive',
      },
      { s: '0.90' },
      '7.00',
    ],
    [
      'Xinjiang annex 2 differentiated item 1(1) with stepCounting = minimumIsFirstStep: 50 m² → 1 → 10 − 1 = 9',
      {
        kind: 'stepsAbove',
        id: 's',
        title: 's',
        citation: 'Test 1(5)',
        fact: 'a',
        minimum: 50,
        step: 10,
        pointsPerStep: '1',
        stepCounting: 'minimumIsFirstStep',
      },
      { a: 50 },
      '9.00',
    ],
    [
      'Product rule: ratioAtLeast with nobody to certify → 0 points → 10',
      { kind: 'ratioAtLeast', id: 'q', title: 'q', citation: 'Test 1(6)', numerator: 'n', denominator: 'd', atLeast: '1', points: '4' },
      { n: 0, d: 0 },
      '10.00',
    ],
    [
      'Product rule: proportional shortfall of 0.8 × 5 → 10 − 1 = 9',
      { kind: 'proportional', id: 'p', title: 'p', citation: 'Test 1(7)', fact: 'rate', of: 'shortfall', points: '5' },
      { rate: '0.8' },
      '9.00',
    ],
    [
      'Product rule: proportional rate 0.333 × 5 = 1.665 → 1.67 → 10 − 1.67 = 8.33',
      { kind: 'proportional', id: 'p', title: 'p', citation: 'Test 1(7)', fact: 'rate', of: 'rate', points: '5' },
      { rate: '0.333' },
      '8.33',
    ],
    [
      'Product rule: shortfall cap 2 (5 missing) → 8',
      { kind: 'shortfall', id: 'sh', title: 'sh', citation: 'Test 1(8)', fact: 'held', required: 5, pointsPerMissing: '1', cap: '2' },
      { held: 0 },
      '8.00',
    ],
    [
      'Product rule: choice "b" → 3 → 7',
      { kind: 'choice', id: 'c', title: 'c', citation: 'Test 1(9)', fact: 'opt', options: { a: '1', b: '3' } },
      { opt: 'b' },
      '7.00',
    ],
  ])('%s', (_name, rule, facts, expected) => {
    expect(run([], template({}, [rule]), facts).categories[0].score).toBe(expected);
  });

  it('Product rule: a fact missing or malformed is listed with every other problem', () => {
    const tpl = template({}, [
      {
        kind: 'rateAboveAverage',
        id: 'r',
        title: 'r',
        citation: 'T',
        fact: 'rates',
        pointsPerFullPercentagePoint: '1',
        average: 'pooledRate',
      },
      {
        kind: 'rateAboveAverage',
        id: 'r2',
        title: 'r',
        citation: 'T',
        fact: 'rates2',
        pointsPerFullPercentagePoint: '1',
        average: 'pooledRate',
      },
      {
        kind: 'rateAboveAverage',
        id: 'r3',
        title: 'r',
        citation: 'T',
        fact: 'rates3',
        pointsPerFullPercentagePoint: '1',
        average: 'pooledRate',
      },
      {
        kind: 'stepsAbove',
        id: 's',
        title: 's',
        citation: 'T',
        fact: 'a',
        minimum: 50,
        step: 10,
        pointsPerStep: '1',
        stepCounting: 'stepsAboveMinimum',
      },
      { kind: 'choice', id: 'c', title: 'c', citation: 'T', fact: 'opt', options: { a: '1' } },
      { kind: 'ratioAtLeast', id: 'q', title: 'q', citation: 'T', numerator: 'n', denominator: 'd', atLeast: '1', points: '4' },
      { kind: 'allAtLeast', id: 'all', title: 'all', citation: 'T', minimums: { x: 1 }, points: '1' },
      { kind: 'flag', id: 'f', title: 'f', citation: 'T', fact: 'flag', points: '1' },
    ]);
    const r = scoreScorecard(
      {
        events: [{ type: 'assessed' }, { type: 'assessed', points: '-1' }, { type: 'assessed', points: '5' }, { type: '' }],
        facts: {
          rates: 'x',
          rates2: {
            subjectId: 'Z',
            records: [
              { id: 'A', count: 2, base: 1 },
              { id: 'A', count: 1, base: 1 },
            ],
          },
          a: -5,
          opt: 'z',
          n: 3,
          d: 2,
          flag: 'yes',
        },
        basic: { licence: 'yes' as never },
        asOf: 'x',
      },
      tpl,
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'facts.rates NOT_ALLOWED',
      'facts.rates2.records.0.count OUT_OF_RANGE',
      'facts.rates2.records.1.id NOT_ALLOWED',
      'facts.rates2.records REQUIRED',
      'facts.rates3 REQUIRED',
      'facts.a OUT_OF_RANGE',
      'facts.opt NOT_ALLOWED',
      'facts.n OUT_OF_RANGE',
      'facts.x REQUIRED',
      'facts.flag NOT_ALLOWED',
      'basic.licence NOT_ALLOWED',
      'asOf INVALID_DATE',
      'events.0.points REQUIRED',
      'events.1.points OUT_OF_RANGE',
      'events.2.points OUT_OF_RANGE',
      'events.3.type REQUIRED',
    ]);
  });

  it('Product rule: events must be a list; basic lines are required; unreported late events need asOf', () => {
    const r = scoreScorecard({ events: undefined as never, facts: {} }, template());
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['events REQUIRED', 'basic.licence REQUIRED']);
    const r2 = scoreScorecard({ events: [{ type: 'staffChangeNotFiled', occurredOn: '2024-01-01' }], facts: {} }, changzhouAnnual2024);
    expect(r2.ok ? [] : r2.issues.map((i) => `${i.path} ${i.code}`)).toContain('asOf REQUIRED');
  });

  it('Product rule: the basic part fails on any failing line, and the result says so', () => {
    const r = scoreScorecard({ ...input([]), basic: { licence: false } }, template());
    expect(r.ok && r.value).toMatchObject({ passed: false, basic: { passed: false, lines: [{ id: 'licence', passed: false }] } });
  });

  it('Product rule: a malformed template is refused with every problem listed', () => {
    const bad = template({
      id: '',
      year: 2025.5,
      total: '30',
      basicLines: [
        { id: 'a', title: 'a', citation: '' },
        { id: 'a', title: 'a', citation: 'T' },
      ],
      vetoes: [{ id: 'ded', title: 'v', citation: 'T', effect: { kind: 'deduct', points: 'x', cap: '-1' } }],
    });
    bad.categories[0].eventTypes.push(
      {
        id: 'u2',
        title: 'u',
        citation: 'T',
        points: { per: 'unit', points: '1', unitSize: 0, unitLabel: 'x' },
        cap: 'y',
        deadline: { days: 0, dayKind: 'calendar' },
      },
      { id: 'a2', title: 'a', citation: 'T', points: { per: 'assessed', maxPerEvent: 'z' } },
    );
    bad.categories[0].computed.push(
      { kind: 'bands', id: 'b', title: 'b', citation: 'T', fact: 's', bands: [{ atLeast: '2', points: '1' }], upperBound: 'exclusive' },
      { kind: 'countTiers', id: 't', title: 't', citation: 'T', fact: 'c', tiers: [{ atLeast: 1, points: 'q' }] },
      { kind: 'shortfall', id: 'sf', title: 's', citation: 'T', fact: 'h', required: 1, pointsPerMissing: 'q' },
      {
        kind: 'stepsAbove',
        id: 'sa',
        title: 's',
        citation: 'T',
        fact: 'a',
        minimum: 0,
        step: 0,
        pointsPerStep: '1',
        stepCounting: 'stepsAboveMinimum',
        cap: 'c',
      },
      { kind: 'choice', id: 'ch', title: 'c', citation: 'T', fact: 'o', options: { a: 'x' } },
      { kind: 'perCount', id: 'pc', title: 'p', citation: 'T', fact: 'p', pointsEach: 'x' },
      { kind: 'ratioAtLeast', id: 'ra', title: 'r', citation: 'T', numerator: 'n', denominator: 'd', atLeast: '2', points: '1' },
      { kind: 'flag', id: 'fl', title: 'f', citation: 'T', fact: 'f', points: 'x' },
      {
        kind: 'rateAboveAverage',
        id: 'rr',
        title: 'r',
        citation: 'T',
        fact: 'r',
        pointsPerFullPercentagePoint: 'x',
        average: 'pooledRate',
      },
    );
    const issues = validateScorecardTemplate(bad).map((i) => `${i.path} ${i.code}`);
    expect(issues).toEqual([
      'template.id REQUIRED',
      'template.year OUT_OF_RANGE',
      'template.basicLines.0.citation REQUIRED',
      'template.basicLines.1.id NOT_ALLOWED',
      'template.categories.0.eventTypes.2.points.unitSize OUT_OF_RANGE',
      'template.categories.0.eventTypes.2.cap OUT_OF_RANGE',
      'template.categories.0.eventTypes.2.deadline.days OUT_OF_RANGE',
      'template.categories.0.eventTypes.3.points.maxPerEvent OUT_OF_RANGE',
      'template.categories.0.computed.0.bands.0.atLeast OUT_OF_RANGE',
      'template.categories.0.computed.1.tiers.0.points OUT_OF_RANGE',
      'template.categories.0.computed.2.pointsPerMissing OUT_OF_RANGE',
      'template.categories.0.computed.3.cap OUT_OF_RANGE',
      'template.categories.0.computed.3.step OUT_OF_RANGE',
      'template.categories.0.computed.4.options.a OUT_OF_RANGE',
      'template.categories.0.computed.5.pointsEach OUT_OF_RANGE',
      'template.categories.0.computed.6.atLeast OUT_OF_RANGE',
      'template.categories.0.computed.7.points OUT_OF_RANGE',
      'template.categories.0.computed.8.pointsPerFullPercentagePoint OUT_OF_RANGE',
      'template.vetoes.0.id NOT_ALLOWED',
      'template.vetoes.0.effect.points OUT_OF_RANGE',
      'template.vetoes.0.effect.cap OUT_OF_RANGE',
      'template.total OUT_OF_RANGE',
    ]);
    expect(scoreScorecard(input([]), bad).ok).toBe(false);
  });

  it.each(scorecardTemplates.map((t) => [t.id, t] as const))(
    'Product rule: shipped template %s is valid and its maxima add up to 100',
    (_id, t) => {
      expect(validateScorecardTemplate(t)).toEqual([]);
      expect(t.total).toBe('100');
    },
  );

  it('Product rule: templates are found by id and are JSON data', () => {
    expect(scorecardTemplate('changzhou-annual-2024')).toBe(changzhouAnnual2024);
    expect(scorecardTemplate('nope')).toBeUndefined();
    for (const t of scorecardTemplates) expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(scorecardTemplates.map((t) => [t.id, t.source, t.year])).toEqual([
      ['xinjiang-review-2026', 'Xinjiang annex 2', 2026],
      ['changzhou-annual-2024', 'Changzhou', 2024],
      ['tianjin-tpa-2024', 'Tianjin', 2024],
    ]);
  });
});

describe('scorecard engine: a template without a basic part', () => {
  // template-types.ts: passed is "basic part passed (true when the template has none)"; 10 deduction points kept + 0 awarded.
  it('Product rule: a template with no basic lines → basic null, passed true, the score alone decides', () => {
    const tpl = template({ basicLines: [] });
    const r = scoreScorecard({ events: [], facts: {} }, tpl);
    expect(r.ok && r.value).toMatchObject({ basic: null, passed: true, total: '10.00' });
  });
});

describe('scorecard engine: what each event counts, and refusals', () => {
  // The test template's deduction category "ded" (max 10) gains three 1-point types: one with a
  // 30-day report deadline, one needing the fact `verified`, one scored only when `short` holds.
  const ded = template().categories[0];
  const tpl = template({
    categories: [
      {
        ...ded,
        eventTypes: [
          ...ded.eventTypes,
          {
            id: 'late',
            title: 'late',
            citation: 'Test 1(3)',
            points: { per: 'event', points: '1' },
            deadline: { days: 30, dayKind: 'calendar' },
          },
          { id: 'fault', title: 'fault', citation: 'Test 1(4)', points: { per: 'event', points: '1' }, requires: ['verified'] },
          { id: 'short', title: 'short', citation: 'Test 1(5)', points: { per: 'event', points: '1' }, onlyWhen: 'short' },
        ],
      },
      template().categories[1],
    ],
  });
  const score = (i: Partial<ScorecardInput>) => scoreScorecard({ events: [], facts: {}, basic: { licence: true }, ...i }, tpl);
  const issues = (r: ReturnType<typeof scoreScorecard>) => (r.ok ? [] : r.issues.map((x) => `${x.path} ${x.code}`));

  // "30日内", the day it happened not counted: happened 2024-03-01 → due 2024-03-01 + 30 days = 2024-03-31.
  it.each([
    ['reported on the due day 2024-03-31 → on time, 0 deducted → 10', { reportedOn: '2024-03-31' }, undefined, '0.00', '10.00'],
    ['reported the day after, 2024-04-01 → late, 1 deducted → 9', { reportedOn: '2024-04-01' }, undefined, '-1.00', '9.00'],
    ['unreported, as of the due day 2024-03-31 → not yet late → 10', {}, '2024-03-31', '0.00', '10.00'],
    ['unreported, as of 2024-04-01 → late, 1 deducted → 9', {}, '2024-04-01', '-1.00', '9.00'],
  ])('Product rule (Civil Code art. 201, 30 calendar days): happened 2024-03-01, %s', (_n, report, asOf, points, total) => {
    const r = score({ events: [{ type: 'late', occurredOn: '2024-03-01', ...report }], ...(asOf ? { asOf } : {}) });
    expect(issues(r)).toEqual([]);
    expect(r.ok && [r.value.events[0].points, r.value.total]).toEqual([points, total]);
  });

  it('Product rule: a reported event needs no asOf; an unreported one does', () => {
    expect(issues(score({ events: [{ type: 'late', occurredOn: '2024-03-01', reportedOn: '2024-04-01' }] }))).toEqual([]);
    expect(issues(score({ events: [{ type: 'late', occurredOn: '2024-03-01' }] }))).toEqual(['asOf REQUIRED']);
  });

  it('Product rule: a flag that is not true/false and a missing condition are refused with their paths', () => {
    expect(issues(score({ events: [{ type: 'fault', flags: { verified: 'yes' as unknown as boolean } }] }))).toEqual([
      'events.0.flags.verified NOT_ALLOWED',
    ]);
    expect(issues(score({ events: [{ type: 'short' }] }))).toEqual(['conditions.short REQUIRED']);
    expect(issues(score({ events: [{ type: 'plus' }], facts: 5 as unknown as ScorecardInput['facts'] }))).toEqual(['facts NOT_ALLOWED']);
    // with a rule reading a fact, facts that are not an object are one problem, not one per fact
    const withRule = template({}, [
      {
        kind: 'rateAboveAverage',
        id: 'r',
        title: 'r',
        citation: 'T',
        fact: 'rates',
        pointsPerFullPercentagePoint: '1',
        average: 'pooledRate',
      },
    ]);
    const r = scoreScorecard({ events: [], facts: 5 as unknown as ScorecardInput['facts'], basic: { licence: true } }, withRule);
    expect(issues(r)).toEqual(['facts NOT_ALLOWED']);
    expect(issues(scoreScorecard(null as unknown as ScorecardInput, tpl))).toEqual(['input REQUIRED']);
  });

  it('Product rule: a malformed template is refused before the input is read', () => {
    const bad = template({ total: 'twenty' });
    expect(issues(scoreScorecard({ events: [], facts: {}, basic: { licence: true } }, bad))).toEqual(
      validateScorecardTemplate(bad).map((x) => `${x.path} ${x.code}`),
    );
    expect(validateScorecardTemplate(bad)).not.toEqual([]);
  });

  // award "plus" 3 points: the effect is +3 (an award adds); "zero" sets the total to 0 and is counted with 0 points.
  it('Product rule: an award event counts +3.00, a zeroing veto counts with 0.00 points; the total step cites the template', () => {
    const r = score({ events: [{ type: 'plus' }, { type: 'zero' }] });
    expect(r.ok && r.value.events).toEqual([
      { index: 0, type: 'plus', category: 'award', points: '3.00', counted: true },
      { index: 1, type: 'zero', category: 'veto', points: '0.00', counted: true, reason: 'total set to 0' },
    ]);
    expect(r.ok && r.trace.filter((s) => s.rule === 'scorecard.total').map((s) => s.citation)).toEqual(['Test: total']);
  });

  it('Product rule: the subject is echoed only when given', () => {
    const without = score({});
    expect(without.ok && Object.keys(without.value)).not.toContain('subjectId');
    const withId = score({ subjectId: 'inst-7' });
    expect(withId.ok && withId.value.subjectId).toBe('inst-7');
  });
});
