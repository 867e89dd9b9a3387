import { describe, expect, it } from 'vitest';
import { officialCalendar as cal } from '../core/calendar.data.js';
import { checkAssessmentAdmissibility } from './admissibility.js';
import { type AssessmentMilestones, assessmentDeadlines } from './deadlines.js';
import { disabilityGrade } from './disability-grade.js';
import { type AssessorCandidate, drawAssessors } from './draw-assessors.js';
import { assessmentFeePayer } from './fee-payer.js';
import { type AssessmentParams, qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';
import { seededShuffle } from './prng.js';

// Cases found by mutation testing (issue 16): each pins a rule that no other test noticed changing.

const codes = (r: { ok: boolean; issues?: { path: string; code: string }[] }) => (r.ok ? [] : r.issues!.map((i) => `${i.path}:${i.code}`));

describe('assessmentDeadlines: what each check needs', () => {
  it.each<[keyof AssessmentMilestones, string, keyof AssessmentMilestones]>([
    ['forwardedToCityDate', 'Qinhuangdao art. 17 ¶2', 'initialReviewPassedDate'],
    ['objectionDate', 'Qinhuangdao art. 24', 'publicityStartDate'],
    ['disputeFiledDate', 'Qinhuangdao art. 24', 'letterReceivedDate'],
    ['stateChangeApplicationDate', 'Qinhuangdao art. 25', 'lastConclusionDate'],
    ['endOfTermAcceptanceDate', 'Qinhuangdao art. 26', 'severeConclusionDate'],
    ['endOfTermConclusionDate', 'Qinhuangdao art. 26', 'severeConclusionDate'],
  ])('%s (%s) is checked against %s, which is then required', (done, _article, start) => {
    expect(codes(assessmentDeadlines({ asOf: '2026-09-01', [done]: '2026-08-01' }, qhd, cal))).toEqual([`${start}:REQUIRED`]);
  });

  it.each<[keyof AssessmentMilestones, string]>([
    ['letterReceivedDate', 'disputeWorkingDays'],
    ['lastConclusionDate', 'stateChangeMinMonths'],
    ['severeConclusionDate', 'severeValidityMonths'],
  ])('Product rule: %s with %s not stated → PARAMETER_MISSING', (milestone, param) => {
    const d = qhd.deadlines as Record<string, { value: number | null; citation: string }>;
    const params: AssessmentParams = { ...qhd, deadlines: { ...qhd.deadlines, [param]: { ...d[param], value: null } } };
    expect(codes(assessmentDeadlines({ asOf: '2026-09-01', [milestone]: '2026-08-03' }, params, cal))).toEqual([
      `params.deadlines.${param}:PARAMETER_MISSING`,
    ]);
  });

  it('Qinhuangdao art. 24: a deadline records the day the step was done', () => {
    const r = assessmentDeadlines({ asOf: '2026-07-20', publicityStartDate: '2026-07-01', objectionDate: '2026-07-03' }, qhd, cal);
    expect(r.ok && r.value.deadlines.find((d) => d.key === 'publicityObjection')?.completedOn).toBe('2026-07-03');
  });

  it('Qinhuangdao art. 26: the planning date names the product rule it follows', () => {
    const r = assessmentDeadlines({ asOf: '2026-08-01', severeConclusionDate: '2024-07-10' }, qhd, cal);
    expect(r.ok && r.value.deadlines.find((d) => d.key === 'endOfTermStart')?.citation).toMatch(/^Product rule: .*Qinhuangdao art. 23/);
  });

  it('Xinjiang art. 22(3): Tumxuk states no conclusion deadline → no planning date and no calendar gap', () => {
    const r = assessmentDeadlines({ asOf: '2026-08-01', severeConclusionDate: '2026-07-10' }, tmk, cal);
    expect(r.ok && r.value.calendarGaps).toEqual([]);
  });

  // 30 working days from 2026-12-01 reach into 2027, which the official calendar lacks.
  it('Qinhuangdao art. 23: working days beyond the calendar → CALENDAR_YEAR_MISSING, not a date', () => {
    const r = assessmentDeadlines({ asOf: '2026-12-05', acceptanceDate: '2026-12-01' }, qhd, cal);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['CALENDAR_YEAR_MISSING']);
  });
});

describe('disabilityGrade: item scores', () => {
  const scores = (eating: unknown) => ({
    adl: { ...Object.fromEntries(Object.keys(qhd.grading.adlItems).map((k) => [k, 0])), eating },
    cognition: Object.fromEntries(Object.keys(qhd.grading.cognitionItems).map((k) => [k, 0])),
    perception: Object.fromEntries(Object.keys(qhd.grading.perceptionItems).map((k) => [k, 0])),
  });

  it.each([
    ['a number as text', '5'],
    ['not a number', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
  ])('Qinhuangdao art. 16 (national standard): an item score that is %s → OUT_OF_RANGE', (_name, value) => {
    expect(codes(disabilityGrade(scores(value) as never, qhd))).toEqual(['adl.eating:OUT_OF_RANGE']);
  });

  it('Product rule: bands that leave a total uncovered → PARAMETER_MISSING', () => {
    const params: AssessmentParams = {
      ...qhd,
      grading: { ...qhd.grading, bands: { ...qhd.grading.bands, adl: qhd.grading.bands.adl.filter((b) => b.min > 0) } },
    };
    expect(codes(disabilityGrade(scores(0) as never, params))).toEqual(['params.grading.bands.adl:PARAMETER_MISSING']);
  });
});

describe('assessmentFeePayer: the fixed fee', () => {
  it.each(['200.00', '200'])('Qinhuangdao art. 27: an agreement fee of %s equal to the fixed 200 is accepted', (agreementFee) => {
    const r = assessmentFeePayer({ kind: 'endOfTerm', agreementFee }, qhd);
    expect(r.ok && r.value.amount).toBe('200.00');
  });
});

describe('drawAssessors: counts and seeds', () => {
  const experts: AssessorCandidate[] = [
    { id: 'E1', isExpert: true, trained: true },
    { id: 'E2', isExpert: true, trained: true },
    { id: 'E3', isExpert: true, trained: true },
    { id: 'R1', isExpert: false, trained: true },
  ];

  it('Qinhuangdao art. 19: initial assessment from 3 experts → exactly 2 drawn, each expert counted once', () => {
    const r = drawAssessors({ seed: 7, kind: 'initial', pool: experts }, qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.drawn).toHaveLength(2);
    expect(r.value.drawnExperts).toEqual(r.value.drawn.filter((id) => id.startsWith('E')));
    expect(r.value.required).toMatchObject({ assessors: 2, experts: 1, expertsInPrinciple: 0 });
    expect(r.value.warnings).toEqual([]);
  });

  it('Qinhuangdao art. 24: only a dispute asks for 2 experts in principle', () => {
    const r = drawAssessors({ seed: 7, kind: 'dispute', pool: experts, firstAssessment: { institutionId: 'X', assessorIds: [] } }, qhd);
    expect(r.ok && r.value.required.expertsInPrinciple).toBe(2);
    expect(r.ok && r.value.drawnExperts).toHaveLength(2);
  });

  it.each([0, 0xffffffff])('Product rule: seed %i is within 0…4294967295', (seed) => {
    expect(drawAssessors({ seed, kind: 'initial', pool: experts }, qhd).ok).toBe(true);
  });

  it.each([-1, 0x100000000, 1.5])('Product rule: seed %d is out of range', (seed) => {
    expect(codes(drawAssessors({ seed, kind: 'initial', pool: experts }, qhd))).toEqual(['seed:OUT_OF_RANGE']);
  });

  it('Product rule: a pool entry that is not an object is refused, not a crash', () => {
    expect(codes(drawAssessors({ seed: 1, kind: 'initial', pool: [null as never, ...experts] }, qhd))).toEqual(['pool.0:NOT_ALLOWED']);
  });

  it('Qinhuangdao art. 24: an objection re-assessment needs the first assessment', () => {
    expect(codes(drawAssessors({ seed: 1, kind: 'objection', pool: experts }, qhd))).toEqual(['firstAssessment:REQUIRED']);
  });
});

describe('seededShuffle: Fisher–Yates', () => {
  // random() = 0.5: i=3 → j=⌊0.5·4⌋=2: a b d c; i=2 → j=1: a d b c; i=1 → j=1: a d b c. One draw per i from n−1 down to 1.
  it('Product rule: with random() always 0.5, [a, b, c, d] → [a, d, b, c] in 3 draws', () => {
    let calls = 0;
    const out = seededShuffle(['a', 'b', 'c', 'd'], () => {
      calls++;
      return 0.5;
    });
    expect(out).toEqual(['a', 'd', 'b', 'c']);
    expect(calls).toBe(3);
  });
});

describe('assessment entry points: whole-input and first-field checks name their path', () => {
  it.each<[string, (input: never) => { ok: boolean; issues?: { path: string; code: string }[] }]>([
    ['assessmentDeadlines', (i) => assessmentDeadlines(i, qhd, cal)],
    ['assessmentFeePayer', (i) => assessmentFeePayer(i, qhd)],
    ['drawAssessors', (i) => drawAssessors(i, qhd)],
    ['checkAssessmentAdmissibility', (i) => checkAssessmentAdmissibility(i, qhd)],
  ])('Product rule: %s(null) → input:REQUIRED', (_name, f) => {
    expect(codes(f(null as never))).toEqual(['input:REQUIRED']);
  });

  it('Qinhuangdao art. 27: no kind → kind:REQUIRED', () => {
    expect(codes(assessmentFeePayer({} as never, qhd))).toEqual(['kind:REQUIRED']);
  });

  it('Qinhuangdao art. 24: a dispute’s first assessment without its institution → REQUIRED', () => {
    const pool: AssessorCandidate[] = [
      { id: 'E1', isExpert: true, trained: true },
      { id: 'E2', isExpert: true, trained: true },
    ];
    expect(codes(drawAssessors({ seed: 1, kind: 'dispute', pool, firstAssessment: { assessorIds: [] } as never }, qhd))).toEqual([
      'firstAssessment:REQUIRED',
    ]);
  });
});

describe('mutation survivors, second round', () => {
  // art. 17 ¶2 and 23 are deadlines (missed → overdue), 24's windows close, 25 is an earliest day, 26 deadlines.
  it('Qinhuangdao art. 17 ¶2, 23–26: each milestone has its kind of deadline', () => {
    const r = assessmentDeadlines(
      {
        asOf: '2026-06-01',
        initialReviewPassedDate: '2026-04-30',
        acceptanceDate: '2026-03-02',
        publicityStartDate: '2026-04-01',
        letterReceivedDate: '2026-04-10',
        lastConclusionDate: '2026-02-27',
        severeConclusionDate: '2024-07-10',
      },
      qhd,
      cal,
    );
    expect(r.ok && r.value.deadlines.map((d) => [d.key, d.type])).toEqual([
      ['recheckAndForward', 'deadline'],
      ['conclusionLetter', 'deadline'],
      ['publicityObjection', 'window'],
      ['letterAfterPublicity', 'earliest'],
      ['disputeApplication', 'window'],
      ['stateChangeEarliest', 'earliest'],
      ['endOfTermStart', 'deadline'],
      ['severeValidity', 'deadline'],
    ]);
  });

  it('Qinhuangdao art. 23: no conclusion letter by the due day → overdue, a warning to acknowledge', () => {
    const r = assessmentDeadlines({ asOf: '2026-11-06', acceptanceDate: '2026-09-18' }, qhd, cal);
    expect(r.ok && r.value.problems.map((p) => [p.key, p.status, p.requiresAcknowledgment])).toEqual([
      ['conclusionLetter', 'overdue', true],
    ]);
  });

  it('Product rule: bad item scores are reported alone, the bands are judged only on valid scores', () => {
    const params: AssessmentParams = {
      ...qhd,
      grading: { ...qhd.grading, bands: { ...qhd.grading.bands, adl: qhd.grading.bands.adl.filter((b) => b.min > 0) } },
    };
    const zero = (items: Record<string, unknown>) => Object.fromEntries(Object.keys(items).map((k) => [k, 0]));
    const scores = {
      adl: zero(qhd.grading.adlItems),
      cognition: { ...zero(qhd.grading.cognitionItems), memory: 99 },
      perception: zero(qhd.grading.perceptionItems),
    };
    expect(codes(disabilityGrade(scores as never, params))).toEqual(['cognition.memory:OUT_OF_RANGE']);
  });

  it('Product rule: drawAssessors without a kind → kind:REQUIRED', () => {
    expect(codes(drawAssessors({ seed: 1, pool: [{ id: 'E1', isExpert: true, trained: true }] } as never, qhd))).toEqual(['kind:REQUIRED']);
  });

  it('Qinhuangdao art. 19: too few assessors and experts after exclusions → two INSUFFICIENT_CANDIDATES on the pool', () => {
    expect(codes(drawAssessors({ seed: 1, kind: 'initial', pool: [{ id: 'R1', isExpert: false, trained: true }] }, qhd))).toEqual([
      'pool:INSUFFICIENT_CANDIDATES',
      'pool:INSUFFICIENT_CANDIDATES',
    ]);
  });

  it('Qinhuangdao art. 19: one expert and two others → the expert and one other drawn; only the expert counts as an expert', () => {
    const pool: AssessorCandidate[] = [
      { id: 'E1', isExpert: true, trained: true },
      { id: 'R1', isExpert: false, trained: true },
      { id: 'R2', isExpert: false, trained: true },
    ];
    const r = drawAssessors({ seed: 3, kind: 'initial', pool }, qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.drawn[0]).toBe('E1');
    expect(r.value.drawn).toHaveLength(2);
    expect(r.value.drawnExperts).toEqual(['E1']);
  });

  it('Xinjiang art. 16 (Tumxuk states no dispute experts): a dispute asks for no experts in principle', () => {
    const params: AssessmentParams = {
      ...tmk,
      assessors: {
        ...tmk.assessors,
        minAssessors: { value: 2, citation: 'region setting' },
        minExperts: { value: 1, citation: 'region setting' },
      },
    };
    const pool: AssessorCandidate[] = [
      { id: 'E1', isExpert: true, trained: true },
      { id: 'R1', isExpert: false, trained: true },
    ];
    const r = drawAssessors({ seed: 3, kind: 'dispute', pool, firstAssessment: { institutionId: 'X', assessorIds: [] } }, params);
    expect(r.ok && r.value.required.expertsInPrinciple).toBe(0);
  });
});
