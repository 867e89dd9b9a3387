import { describe, expect, it } from 'vitest';
import { type BenefitPeriod, benefitDates } from './benefit-dates.js';
import { type BenefitDatesInput, type BenefitEvent, sortedEvents } from './benefit-events.js';
import { type EligibilityParams, qinhuangdaoEligibilityParams as qhd, tumxukEligibilityParams as tumxuk } from './params.js';

type Row = [from: string, to: string | null, reason: string];

function periods(params: EligibilityParams, events: BenefitEvent[], category: BenefitDatesInput['category'] = 'employee'): Row[] {
  const r = benefitDates({ category, events }, params);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.periods.map((p) => [p.from, p.to, p.reason]);
}

// Qinhuangdao: letter 2027-03-10 → benefits from 2027-04-01 (art. 28); plan accepted 2027-03-20.
const qStart: BenefitEvent[] = [
  { type: 'conclusion', date: '2027-03-10', severe: true, grade: 3 },
  { type: 'carePlanAccepted', date: '2027-03-20', careMode: 'institution', institution: 'A' },
];
// Tumxuk: letter 2027-03-10 → from 2027-03-11 (§5(四), firstGradeStart=nextDay).
const tStart: BenefitEvent[] = [
  { type: 'conclusion', date: '2027-03-10', severe: true, grade: 3 },
  { type: 'carePlanAccepted', date: '2027-03-10', careMode: 'institution', institution: 'A' },
];

describe('benefitDates: Qinhuangdao', () => {
  it.each<[string, BenefitEvent[], Row[]]>([
    [
      'Qinhuangdao art. 28: letter 2027-03-10 → benefits from the first day of the next month, 2027-04-01',
      qStart,
      [['2027-04-01', null, 'conclusion']],
    ],
    ['Qinhuangdao art. 30: no accepted care plan → nothing payable', [qStart[0]], []],
    [
      'Qinhuangdao art. 30: plan accepted 2027-05-15, after the start month → payable from the acceptance',
      [qStart[0], { type: 'carePlanAccepted', date: '2027-05-15', careMode: 'home', institution: 'A' }],
      [['2027-05-15', null, 'carePlanAccepted']],
    ],
    [
      // admitted 06-10 (suspended that day) → discharged 06-20 → resumes 06-21
      'Qinhuangdao art. 34(3): hospital stay 2027-06-10 to 06-20 → suspended, resumes the day after discharge 2027-06-21',
      [...qStart, { type: 'hospitalAdmission', date: '2027-06-10' }, { type: 'hospitalDischarge', date: '2027-06-20' }],
      [
        ['2027-04-01', '2027-06-09', 'conclusion'],
        ['2027-06-21', null, 'hospitalDischarge'],
      ],
    ],
    [
      // arrears begin in June → suspended from 07-01; back-payment arrives 08-12 → resumes 09-01
      'Qinhuangdao art. 14 ¶2, 34(1): arrears from June → suspended from 2027-07-01; back-payment 2027-08-12 → resumed 2027-09-01',
      [...qStart, { type: 'arrearsBegin', date: '2027-06-05' }, { type: 'backPaymentArrived', date: '2027-08-12' }],
      [
        ['2027-04-01', '2027-06-30', 'conclusion'],
        ['2027-09-01', null, 'backPaymentArrived'],
      ],
    ],
    [
      // both take effect 07-01: suspended and resumed the same day → no gap
      'Qinhuangdao art. 34(1): back-payment in the same month as the arrears → no gap',
      [...qStart, { type: 'arrearsBegin', date: '2027-06-05' }, { type: 'backPaymentArrived', date: '2027-06-25' }],
      [['2027-04-01', null, 'conclusion']],
    ],
    [
      'Qinhuangdao art. 34(5): death 2027-08-15 → the last day is the day of death',
      [...qStart, { type: 'death', date: '2027-08-15' }],
      [['2027-04-01', '2027-08-15', 'conclusion']],
    ],
    [
      'Qinhuangdao art. 34(4): spot-check letter 2027-10-08 no longer severe → ends from 2027-10-09',
      [...qStart, { type: 'conclusion', date: '2027-10-08', severe: false, grade: 2 }],
      [['2027-04-01', '2027-10-08', 'conclusion']],
    ],
    [
      'Qinhuangdao art. 34(4), 28: ended, then severe again on 2028-05-03 → benefits again from 2028-06-01',
      [
        ...qStart,
        { type: 'conclusion', date: '2027-10-08', severe: false },
        { type: 'conclusion', date: '2028-05-03', severe: true, grade: 3 },
      ],
      [
        ['2027-04-01', '2027-10-08', 'conclusion'],
        ['2028-06-01', null, 'conclusion'],
      ],
    ],
    [
      'Qinhuangdao art. 34(2): care mode changed 2027-06-10 → new mode from 2027-07-01',
      [...qStart, { type: 'careModeChange', date: '2027-06-10', careMode: 'home' }],
      [
        ['2027-04-01', '2027-06-30', 'conclusion'],
        ['2027-07-01', null, 'careModeChange'],
      ],
    ],
    [
      'Qinhuangdao art. 34(2): institution changed 2027-06-10 → new institution from 2027-07-01',
      [...qStart, { type: 'institutionChange', date: '2027-06-10', institution: 'B' }],
      [
        ['2027-04-01', '2027-06-30', 'conclusion'],
        ['2027-07-01', null, 'institutionChange'],
      ],
    ],
    [
      'Qinhuangdao art. 28: a new severe grade (3 → 5) on 2027-09-15 applies from 2027-10-01',
      [...qStart, { type: 'conclusion', date: '2027-09-15', severe: true, grade: 5 }],
      [
        ['2027-04-01', '2027-09-30', 'conclusion'],
        ['2027-10-01', null, 'conclusion'],
      ],
    ],
    [
      'Qinhuangdao art. 26: an end-of-term letter confirming the same grade changes nothing',
      [...qStart, { type: 'conclusion', date: '2029-02-01', severe: true, grade: 3 }],
      [['2027-04-01', null, 'conclusion']],
    ],
    [
      'Qinhuangdao art. 69, 71: suspended 2027-06-01 until 2027-08-31, reinstated on a new application 2027-09-05',
      [
        ...qStart,
        { type: 'sanction', date: '2027-06-01', action: 'suspend', until: '2027-08-31' },
        { type: 'reinstated', date: '2027-09-05' },
      ],
      [
        ['2027-04-01', '2027-05-31', 'conclusion'],
        ['2027-09-05', null, 'reinstated'],
      ],
    ],
    [
      'Qinhuangdao art. 69: benefits revoked 2027-06-01 → nothing after',
      [...qStart, { type: 'sanction', date: '2027-06-01', action: 'revoke' }],
      [['2027-04-01', '2027-05-31', 'conclusion']],
    ],
    [
      'Qinhuangdao art. 33(1): work-injury nursing allowance 2027-06-01 to 2027-07-01 → no service benefit meanwhile',
      [...qStart, { type: 'workInjuryAllowanceStart', date: '2027-06-01' }, { type: 'workInjuryAllowanceEnd', date: '2027-07-01' }],
      [
        ['2027-04-01', '2027-05-31', 'conclusion'],
        ['2027-07-01', null, 'workInjuryAllowanceEnd'],
      ],
    ],
    [
      'Qinhuangdao art. 28: a conclusion that is not severe starts nothing',
      [{ type: 'conclusion', date: '2027-03-10', severe: false, grade: 2 }, qStart[1]],
      [],
    ],
  ])('%s', (_name, events, expected) => {
    expect(periods(qhd, events)).toEqual(expected);
  });

  it('Qinhuangdao art. 14, 28, 30, 34: every event’s effective date is listed', () => {
    const r = benefitDates(
      {
        category: 'employee',
        events: [
          { type: 'hospitalDischarge', date: '2027-06-20' },
          ...qStart,
          { type: 'hospitalAdmission', date: '2027-06-10' },
          { type: 'arrearsBegin', date: '2027-07-31' },
          { type: 'backPaymentArrived', date: '2027-09-01' },
          { type: 'death', date: '2027-12-31' },
        ],
      },
      qhd,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.effects.map((e) => [e.index, e.type, e.effectiveFrom, e.effect, e.citation])).toEqual([
      [1, 'conclusion', '2027-04-01', 'start', 'Qinhuangdao art. 28'],
      [2, 'carePlanAccepted', '2027-03-20', 'change', 'Qinhuangdao art. 30'],
      [3, 'hospitalAdmission', '2027-06-10', 'suspend', 'Qinhuangdao art. 34(3)'],
      [0, 'hospitalDischarge', '2027-06-21', 'resume', 'Qinhuangdao art. 34(3)'],
      [4, 'arrearsBegin', '2027-08-01', 'suspend', 'Qinhuangdao art. 34(1)'],
      [5, 'backPaymentArrived', '2027-10-01', 'resume', 'Qinhuangdao art. 34(1)'],
      [6, 'death', '2028-01-01', 'end', 'Qinhuangdao art. 34(5)'],
    ]);
    expect(r.value.periods.map((p) => [p.from, p.to, p.endReason])).toEqual([
      ['2027-04-01', '2027-06-09', 'hospitalAdmission'],
      ['2027-06-21', '2027-07-31', 'arrearsBegin'],
      ['2027-10-01', '2027-12-31', 'death'],
    ]);
  });

  it('Qinhuangdao art. 30: the trace says why nothing is payable', () => {
    const r = benefitDates({ category: 'employee', events: [qStart[0]] }, qhd);
    expect(r.ok && r.trace.find((s) => s.rule === 'eligibility.carePlanRequired')?.note).toContain('no accepted care plan');
  });
});

describe('benefitDates: Tumxuk', () => {
  it.each<[string, EligibilityParams, BenefitEvent[], Row[]]>([
    [
      'Tumxuk §5(四): first grade from the day after the letter, 2027-03-11 (firstGradeStart=nextDay)',
      tumxuk,
      tStart,
      [['2027-03-11', null, 'conclusion']],
    ],
    [
      'Tumxuk §5(四): firstGradeStart=nextMonth → 2027-04-01',
      { ...tumxuk, firstGradeStart: 'nextMonth' },
      tStart,
      [['2027-04-01', null, 'conclusion']],
    ],
    ['Tumxuk §5(二): no care plan needed → payable from the start', tumxuk, [tStart[0]], [['2027-03-11', null, 'conclusion']]],
    [
      'Tumxuk §5(四): hospital 2027-06-10 to 06-20 → resumes on the discharge day 2027-06-20',
      tumxuk,
      [...tStart, { type: 'hospitalAdmission', date: '2027-06-10' }, { type: 'hospitalDischarge', date: '2027-06-20' }],
      [
        ['2027-03-11', '2027-06-09', 'conclusion'],
        ['2027-06-20', null, 'hospitalDischarge'],
      ],
    ],
    [
      'Tumxuk §5(四): care mode changed 2027-06-10 → from the next day 2027-06-11',
      tumxuk,
      [...tStart, { type: 'careModeChange', date: '2027-06-10', careMode: 'home' }],
      [
        ['2027-03-11', '2027-06-10', 'conclusion'],
        ['2027-06-11', null, 'careModeChange'],
      ],
    ],
    [
      'Tumxuk §5(四): institution changed 2027-06-10 → like a mode change, 2027-06-11 (institutionChange=likeModeChange)',
      tumxuk,
      [...tStart, { type: 'institutionChange', date: '2027-06-10', institution: 'B' }],
      [
        ['2027-03-11', '2027-06-10', 'conclusion'],
        ['2027-06-11', null, 'institutionChange'],
      ],
    ],
    [
      'Tumxuk §5(四): institutionChange=nextMonth → 2027-07-01',
      { ...tumxuk, institutionChange: 'nextMonth' },
      [...tStart, { type: 'institutionChange', date: '2027-06-10', institution: 'B' }],
      [
        ['2027-03-11', '2027-06-30', 'conclusion'],
        ['2027-07-01', null, 'institutionChange'],
      ],
    ],
    [
      'Tumxuk §5(四): insured category changed 2027-06-10 → from the next month 2027-07-01',
      tumxuk,
      [...tStart, { type: 'categoryChange', date: '2027-06-10', category: 'resident' }],
      [
        ['2027-03-11', '2027-06-30', 'conclusion'],
        ['2027-07-01', null, 'categoryChange'],
      ],
    ],
    [
      'Tumxuk §5(四): new grade letter 2027-09-15 → from 2027-09-16',
      tumxuk,
      [...tStart, { type: 'conclusion', date: '2027-09-15', severe: true, grade: 4 }],
      [
        ['2027-03-11', '2027-09-15', 'conclusion'],
        ['2027-09-16', null, 'conclusion'],
      ],
    ],
    [
      'Tumxuk §5(四): no longer severe on 2027-09-15 → ends from 2027-09-16',
      tumxuk,
      [...tStart, { type: 'conclusion', date: '2027-09-15', severe: false }],
      [['2027-03-11', '2027-09-15', 'conclusion']],
    ],
    [
      'Tumxuk §5(四): death 2027-12-31 → ends from 2028-01-01',
      tumxuk,
      [...tStart, { type: 'death', date: '2027-12-31' }],
      [['2027-03-11', '2027-12-31', 'conclusion']],
    ],
    [
      'Tumxuk §5(六): work-injury nursing allowance from 2027-05-01 → no LTCI service benefit',
      tumxuk,
      [...tStart, { type: 'workInjuryAllowanceStart', date: '2027-05-01' }],
      [['2027-03-11', '2027-04-30', 'conclusion']],
    ],
    [
      'Tumxuk §5(六): allowance already running at the start → nothing until it ends 2027-08-01',
      tumxuk,
      [{ type: 'workInjuryAllowanceStart', date: '2027-01-01' }, ...tStart, { type: 'workInjuryAllowanceEnd', date: '2027-08-01' }],
      [['2027-08-01', null, 'workInjuryAllowanceEnd']],
    ],
  ])('%s', (_name, params, events, expected) => {
    expect(periods(params, events)).toEqual(expected);
  });

  it('Tumxuk §5(四): the periods carry the terms and the trace the interpretations', () => {
    const r = benefitDates(
      { category: 'employee', events: [...tStart, { type: 'institutionChange', date: '2027-06-10', institution: 'B' }] },
      tumxuk,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.periods.map((p: BenefitPeriod) => [p.grade, p.careMode, p.institution, p.category])).toEqual([
      [3, 'institution', 'A', 'employee'],
      [3, 'institution', 'B', 'employee'],
    ]);
    const interpretations = r.trace.map((s) => s.interpretation).filter(Boolean);
    expect(interpretations).toEqual(['firstGradeStart=nextDay', 'institutionChange=likeModeChange']);
  });
});

describe('benefitDates: every problem listed', () => {
  it.each<[string, EligibilityParams, BenefitDatesInput, Array<[string, string]>]>([
    [
      'Tumxuk §4: arrears are not regulated → PARAMETER_MISSING (once)',
      tumxuk,
      {
        category: 'employee',
        events: [...tStart, { type: 'arrearsBegin', date: '2027-05-01' }, { type: 'backPaymentArrived', date: '2027-06-01' }],
      },
      [['params.arrears', 'PARAMETER_MISSING']],
    ],
    [
      'Qinhuangdao art. 34: a change of insured category is not regulated → PARAMETER_MISSING',
      qhd,
      { category: 'employee', events: [...qStart, { type: 'categoryChange', date: '2027-05-01', category: 'retiree' }] },
      [['params.categoryChange', 'PARAMETER_MISSING']],
    ],
    [
      'Qinhuangdao art. 71: reinstated before the sanction period ends',
      qhd,
      {
        category: 'employee',
        events: [
          ...qStart,
          { type: 'sanction', date: '2027-06-01', action: 'suspend', until: '2027-08-31' },
          { type: 'reinstated', date: '2027-08-01' },
        ],
      },
      [['events.3', 'NOT_ALLOWED']],
    ],
    [
      'Qinhuangdao art. 34: events out of order — discharge without admission, double admission, back-payment without arrears, events after death',
      qhd,
      {
        category: 'employee',
        events: [
          { type: 'hospitalDischarge', date: '2027-01-01' },
          { type: 'hospitalAdmission', date: '2027-02-01' },
          { type: 'hospitalAdmission', date: '2027-02-02' },
          { type: 'backPaymentArrived', date: '2027-02-03' },
          { type: 'workInjuryAllowanceEnd', date: '2027-02-04' },
          { type: 'reinstated', date: '2027-02-05' },
          { type: 'death', date: '2027-03-01' },
          { type: 'conclusion', date: '2027-03-02', severe: true },
        ],
      },
      [
        ['events.0', 'NOT_ALLOWED'],
        ['events.2', 'NOT_ALLOWED'],
        ['events.3', 'NOT_ALLOWED'],
        ['events.4', 'NOT_ALLOWED'],
        ['events.5', 'NOT_ALLOWED'],
        ['events.7', 'NOT_ALLOWED'],
      ],
    ],
    [
      'Qinhuangdao art. 34: every bad field listed',
      qhd,
      {
        category: 'alien' as never,
        events: [
          { type: 'party', date: '2027-01-01' } as never,
          { type: 'conclusion', date: '2027-13-01', severe: 'yes' as never, grade: 7 },
          { type: 'carePlanAccepted', date: '2027-01-01', careMode: 'spa' as never, institution: '' },
          { type: 'categoryChange', date: '2027-01-01', category: 'alien' as never },
          { type: 'sanction', date: '2027-01-01', action: 'fine' as never, until: 'soon' },
        ],
      },
      [
        ['category', 'NOT_ALLOWED'],
        ['events.0.type', 'NOT_ALLOWED'],
        ['events.1.date', 'INVALID_DATE'],
        ['events.1.severe', 'REQUIRED'],
        ['events.1.grade', 'OUT_OF_RANGE'],
        ['events.2.careMode', 'NOT_ALLOWED'],
        ['events.2.institution', 'REQUIRED'],
        ['events.3.category', 'NOT_ALLOWED'],
        ['events.4.action', 'NOT_ALLOWED'],
        ['events.4.until', 'INVALID_DATE'],
      ],
    ],
    ['Product rule: events must be a list', qhd, { category: 'employee', events: null as never }, [['events', 'REQUIRED']]],
  ])('%s', (_name, params, input, expected) => {
    const r = benefitDates(input, params);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe('benefitDates: the terms of each period and the order of events', () => {
  const result = (params: EligibilityParams, events: BenefitEvent[]) => {
    const r = benefitDates({ category: 'employee', events }, params);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value.periods;
  };
  const issues = (events: BenefitEvent[]) => {
    const r = benefitDates({ category: 'employee', events }, qhd);
    return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
  };

  // letter 03-10 → 04-01 (art. 28); mode changed 05-10 → new mode from 06-01 (art. 34(2)), same institution A.
  it('Qinhuangdao art. 34(2): a care-mode change gives a new period in the new mode, at the same institution', () => {
    expect(result(qhd, [...qStart, { type: 'careModeChange', date: '2027-05-10', careMode: 'home' }])).toEqual<BenefitPeriod[]>([
      {
        from: '2027-04-01',
        to: '2027-05-31',
        reason: 'conclusion',
        endReason: 'careModeChange',
        grade: 3,
        careMode: 'institution',
        institution: 'A',
        category: 'employee',
      },
      {
        from: '2027-06-01',
        to: null,
        reason: 'careModeChange',
        endReason: null,
        grade: 3,
        careMode: 'home',
        institution: 'A',
        category: 'employee',
      },
    ]);
  });

  it('Qinhuangdao art. 34(2): an institution change gives a new period at the new institution, in the same mode', () => {
    expect(result(qhd, [...qStart, { type: 'institutionChange', date: '2027-05-10', institution: 'B' }])).toEqual<BenefitPeriod[]>([
      {
        from: '2027-04-01',
        to: '2027-05-31',
        reason: 'conclusion',
        endReason: 'institutionChange',
        grade: 3,
        careMode: 'institution',
        institution: 'A',
        category: 'employee',
      },
      {
        from: '2027-06-01',
        to: null,
        reason: 'institutionChange',
        endReason: null,
        grade: 3,
        careMode: 'institution',
        institution: 'B',
        category: 'employee',
      },
    ]);
  });

  it('Qinhuangdao art. 34(3): two hospital stays → suspended twice, resumed the day after each discharge', () => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'hospitalAdmission', date: '2027-06-10' },
      { type: 'hospitalDischarge', date: '2027-06-20' },
      { type: 'hospitalAdmission', date: '2027-07-10' },
      { type: 'hospitalDischarge', date: '2027-07-15' },
    ];
    expect(periods(qhd, events)).toEqual([
      ['2027-04-01', '2027-06-09', 'conclusion'],
      ['2027-06-21', '2027-07-09', 'hospitalDischarge'],
      ['2027-07-16', null, 'hospitalDischarge'],
    ]);
  });

  it('Tumxuk §5(六): the work-injury allowance twice → suspended twice', () => {
    const events: BenefitEvent[] = [
      ...tStart,
      { type: 'workInjuryAllowanceStart', date: '2027-05-01' },
      { type: 'workInjuryAllowanceEnd', date: '2027-06-01' },
      { type: 'workInjuryAllowanceStart', date: '2027-08-01' },
    ];
    expect(periods(tumxuk, events)).toEqual([
      ['2027-03-11', '2027-04-30', 'conclusion'],
      ['2027-06-01', '2027-07-31', 'workInjuryAllowanceEnd'],
    ]);
  });

  // admitted and discharged on 06-10 (given in that order): suspended from 06-10, resumed 06-11.
  it('Qinhuangdao art. 34(3): an admission and a discharge on one day keep their given order', () => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'hospitalAdmission', date: '2027-06-10' },
      { type: 'hospitalDischarge', date: '2027-06-10' },
    ];
    expect(periods(qhd, events)).toEqual([
      ['2027-04-01', '2027-06-09', 'conclusion'],
      ['2027-06-11', null, 'hospitalDischarge'],
    ]);
    expect(
      issues([...qStart, { type: 'hospitalDischarge', date: '2027-06-10' }, { type: 'hospitalAdmission', date: '2027-06-10' }]),
    ).toEqual([['events.2', 'NOT_ALLOWED']]);
  });

  // suspended through 08-31; art. 71: reinstated only after the period has expired (届满后).
  it.each<[string, string, string[][]]>([
    ['Qinhuangdao art. 71: reinstated on the sanction’s last day 2027-08-31 → refused', '2027-08-31', [['events.3', 'NOT_ALLOWED']]],
    ['Qinhuangdao art. 71: reinstated the day after the sanction’s last day, 2027-09-01 → allowed', '2027-09-01', []],
  ])('%s', (_name, date, expected) => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'sanction', date: '2027-06-01', action: 'suspend', until: '2027-08-31' },
      { type: 'reinstated', date },
    ];
    expect(issues(events)).toEqual(expected);
  });

  it('Qinhuangdao art. 69, 71: a second sanction after a reinstatement is in order', () => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'sanction', date: '2027-05-01', action: 'suspend' },
      { type: 'reinstated', date: '2027-06-01' },
      { type: 'sanction', date: '2027-07-01', action: 'suspend' },
    ];
    expect(periods(qhd, events)).toEqual([
      ['2027-04-01', '2027-04-30', 'conclusion'],
      ['2027-06-01', '2027-06-30', 'reinstated'],
    ]);
  });
});

describe('benefitDates: what each event does, and events in any order', () => {
  const run = (params: EligibilityParams, events: BenefitEvent[]) => {
    const r = benefitDates({ category: 'employee', events }, params);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r;
  };
  const effects = (params: EligibilityParams, events: BenefitEvent[]) =>
    run(params, events).value.effects.map((e) => [e.type, e.effectiveFrom, e.effect]);

  it('Qinhuangdao art. 28: a second severe conclusion with the same grade changes nothing; another grade changes it the next month', () => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'conclusion', date: '2027-05-10', severe: true, grade: 3 },
      { type: 'conclusion', date: '2027-06-10', severe: true, grade: 4 },
    ];
    expect(effects(qhd, events).slice(2)).toEqual([
      ['conclusion', null, 'none'],
      ['conclusion', '2027-07-01', 'change'],
    ]);
  });

  it.each<[string, 'suspend' | 'revoke', string]>([
    ['Qinhuangdao art. 69: a suspension suspends', 'suspend', 'suspend'],
    ['Qinhuangdao art. 69: a revocation ends', 'revoke', 'end'],
  ])('%s', (_name, action, effect) => {
    expect(effects(qhd, [...qStart, { type: 'sanction', date: '2027-06-01', action }])[2]).toEqual(['sanction', '2027-06-01', effect]);
  });

  it('Tumxuk §5(四): the institution change names its interpretation only when it follows the mode change', () => {
    const change: BenefitEvent = { type: 'institutionChange', date: '2027-06-10', institution: 'B' };
    const step = (params: EligibilityParams) =>
      run(params, [...tStart, change]).trace.find((s) => s.rule === 'eligibility.institutionChange');
    expect(step(tumxuk)?.interpretation).toBe('institutionChange=likeModeChange');
    expect(step({ ...tumxuk, institutionChange: 'nextMonth' })?.interpretation).toBeUndefined();
  });

  // plan accepted on the start day 04-01: both open the period; two mode changes in May both take effect 06-01.
  it('Qinhuangdao art. 28, 30, 34(2): events taking effect on one day are named once each, joined by +', () => {
    const events: BenefitEvent[] = [
      qStart[0],
      { type: 'carePlanAccepted', date: '2027-04-01', careMode: 'institution', institution: 'A' },
      { type: 'careModeChange', date: '2027-05-10', careMode: 'home' },
      { type: 'careModeChange', date: '2027-05-20', careMode: 'institution' },
    ];
    expect(periods(qhd, events)).toEqual([['2027-04-01', null, 'conclusion+carePlanAccepted']]);
  });

  // effective dates out of the events' order: letter 03-10 → 04-01, admitted 03-25 (that day), mode changed 03-28 → 04-01, discharged 04-10 → 04-11.
  it('Qinhuangdao art. 28, 34(2), 34(3): effects apply by their effective dates, not the events’ dates', () => {
    const events: BenefitEvent[] = [
      { type: 'hospitalDischarge', date: '2027-04-10' },
      { type: 'careModeChange', date: '2027-03-28', careMode: 'home' },
      { type: 'hospitalAdmission', date: '2027-03-25' },
      ...qStart,
    ];
    expect(run(qhd, events).value.periods).toEqual<BenefitPeriod[]>([
      {
        from: '2027-04-11',
        to: null,
        reason: 'hospitalDischarge',
        endReason: null,
        grade: 3,
        careMode: 'home',
        institution: 'A',
        category: 'employee',
      },
    ]);
  });

  // 90 events on three days, each day's in a given order: sorted by date, each day's in that order.
  it('Product rule: events sort by date and same-day events keep their given order, however many', () => {
    const dates = ['2027-03-01', '2027-02-01', '2027-01-01'];
    const events = Array.from({ length: 90 }, (_, i): BenefitEvent => ({ type: 'death', date: dates[i % 3] }));
    const expected = [2, 1, 0].flatMap((d) => Array.from({ length: 30 }, (_, k) => d + 3 * k));
    expect(sortedEvents(events).map((e) => e.index)).toEqual(expected);
  });
});

describe('benefitDates: each event’s own fields are checked', () => {
  const issues = (events: unknown[], params: EligibilityParams = qhd) => {
    const r = benefitDates({ category: 'employee', events } as BenefitDatesInput, params);
    return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
  };

  it.each<[string, unknown, string[][]]>([
    ['Qinhuangdao art. 28: grade 0 is a grade', { type: 'conclusion', date: '2027-03-10', severe: false, grade: 0 }, []],
    [
      'Qinhuangdao art. 28: grade −1 is no grade',
      { type: 'conclusion', date: '2027-03-10', severe: false, grade: -1 },
      [['events.0.grade', 'OUT_OF_RANGE']],
    ],
    [
      'Qinhuangdao art. 34(2): a mode change needs a known care mode',
      { type: 'careModeChange', date: '2027-03-10', careMode: 'spa' },
      [['events.0.careMode', 'NOT_ALLOWED']],
    ],
    [
      'Qinhuangdao art. 34(2): an institution change needs the institution',
      { type: 'institutionChange', date: '2027-03-10' },
      [['events.0.institution', 'REQUIRED']],
    ],
  ])('%s', (_name, event, expected) => {
    expect(issues([event])).toEqual(expected);
  });

  it.each<[string, BenefitEvent[]]>([
    ['Tumxuk §4: arrears are not regulated → PARAMETER_MISSING (arrears begin)', [{ type: 'arrearsBegin', date: '2027-05-01' }]],
    [
      'Tumxuk §4: arrears are not regulated → one PARAMETER_MISSING for a begin and a back-payment',
      [
        { type: 'arrearsBegin', date: '2027-05-01' },
        { type: 'backPaymentArrived', date: '2027-06-01' },
      ],
    ],
  ])('%s', (_name, events) => {
    expect(issues([...tStart, ...events], tumxuk)).toEqual([['params.arrears', 'PARAMETER_MISSING']]);
  });

  it('Qinhuangdao art. 34(3), 34(5): a discharge without an admission after the death → both problems listed', () => {
    expect(issues([...qStart, { type: 'death', date: '2027-05-01' }, { type: 'hospitalDischarge', date: '2027-06-01' }])).toEqual([
      ['events.3', 'NOT_ALLOWED'],
      ['events.3', 'NOT_ALLOWED'],
    ]);
  });

  it('Product rule: an input that is not an object → input REQUIRED', () => {
    const r = benefitDates(null as never, qhd);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([['input', 'REQUIRED']]);
  });
});

describe('benefitDates: reasons and parameters, once each', () => {
  it('Qinhuangdao art. 34(2): two changes to home care in May → one new period from 06-01, its reason named once', () => {
    const events: BenefitEvent[] = [
      ...qStart,
      { type: 'careModeChange', date: '2027-05-10', careMode: 'home' },
      { type: 'careModeChange', date: '2027-05-20', careMode: 'home' },
    ];
    expect(periods(qhd, events)).toEqual([
      ['2027-04-01', '2027-05-31', 'conclusion'],
      ['2027-06-01', null, 'careModeChange'],
    ]);
  });

  it('Tumxuk §4: a back-payment alone → out of order, and arrears are not regulated', () => {
    const r = benefitDates({ category: 'employee', events: [...tStart, { type: 'backPaymentArrived', date: '2027-06-01' }] }, tumxuk);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['events.2', 'NOT_ALLOWED'],
      ['params.arrears', 'PARAMETER_MISSING'],
    ]);
  });
});
