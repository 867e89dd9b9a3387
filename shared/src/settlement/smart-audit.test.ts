import { describe, expect, it } from 'vitest';
import { qinhuangdaoBenefitParams, tumxukBenefitParams } from '../benefits/params.js';
import { qinhuangdaoEligibilityParams, tumxukEligibilityParams } from '../eligibility/params.js';
import type { AuditFacts, ClaimantAuditFacts } from './audit-facts.js';
import type { DeclaredRecord, DeclaredStay, DeclaredVisit } from './declared-record.js';
import { qinhuangdaoSettlementParams, type SettlementParams, tumxukSettlementParams } from './params.js';
import { runSmartAudit } from './smart-audit.js';

/**
 * Hand-worked cases for September 2026 in Qinhuangdao: claimant C1 (employee, home care at
 * institution I1, items H01 and H02, living at 39.9300 N 119.6000 E), claimant C2 (employee,
 * institution care at I1), carers K1 (qualified to 2027-06-30) and K2 (qualified to 2026-09-10).
 */
const HOME = { lat: 39.93, lng: 119.6 };
const claimant = (overrides: Partial<ClaimantAuditFacts> = {}): ClaimantAuditFacts => ({
  insuredAs: 'employees',
  benefitStart: '2026-08-01',
  death: null,
  hospitalStays: [],
  suspensions: [],
  carePlan: { institutionId: 'I1', careMode: 'home', items: ['H01', 'H02'] },
  home: HOME,
  ...overrides,
});
const facts = (c1: Partial<ClaimantAuditFacts> = {}, extra: Partial<AuditFacts> = {}): AuditFacts => ({
  claimants: new Map([
    ['C1', claimant(c1)],
    ['C2', claimant({ carePlan: { institutionId: 'I1', careMode: 'institution', items: ['J01'] } })],
  ]),
  institutions: new Map([['I1', { designated: [{ from: '2026-07-01', to: null }] }]]),
  carers: new Map([
    ['K1', { institutionId: 'I1', qualifiedUntil: '2027-06-30' }],
    ['K2', { institutionId: 'I1', qualifiedUntil: '2026-09-10' }],
  ]),
  ...extra,
});
let n = 0;
const visit = (day: string, from = '09:00', to = '11:00', overrides: Partial<DeclaredVisit> = {}): DeclaredVisit => ({
  kind: 'homeVisit',
  key: `v${++n}`,
  claimantId: 'C1',
  institutionId: 'I1',
  carerId: 'K1',
  start: `2026-09-${day}T${from}`,
  end: `2026-09-${day}T${to}`,
  checkIn: HOME,
  items: ['H01'],
  lines: [{ category: 'care', amount: '110.00' }],
  ...overrides,
});
const stay = (from: string, to: string, overrides: Partial<DeclaredStay> = {}): DeclaredStay => ({
  kind: 'careDays',
  key: `s${++n}`,
  claimantId: 'C2',
  institutionId: 'I1',
  from: `2026-09-${from}`,
  to: `2026-09-${to}`,
  carerIds: ['K1'],
  items: ['J01'],
  lines: [{ category: 'care', amount: '1500.00' }],
  ...overrides,
});
const QHD = { settlement: qinhuangdaoSettlementParams, benefits: qinhuangdaoBenefitParams, eligibility: qinhuangdaoEligibilityParams };
function audit(records: DeclaredRecord[], f: AuditFacts = facts(), params = QHD) {
  const r = runSmartAudit({ month: '2026-09', records, facts: f }, params);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
const hits = (records: DeclaredRecord[], rule: string, f?: AuditFacts, params = QHD) =>
  audit(records, f, params).value.flags.filter((x) => x.rule === rule);

describe('smart audit: visits (Qinhuangdao art. 31(1)3)', () => {
  it('Qinhuangdao art. 31(1)3: a visit of 119 minutes is too short, one of 120 is not', () => {
    const [short, full] = [visit('01', '09:00', '10:59'), visit('03', '09:00', '11:00')];
    const found = hits([short, full], 'VISIT_TOO_SHORT');
    expect(found.map((f) => [f.recordKey, f.evidence.minutes, f.severity, f.citation])).toEqual([
      [short.key, 119, 'blocking', 'Qinhuangdao art. 31(1)3'],
    ]);
  });

  it('Qinhuangdao art. 31(1)3: of 11 visits on alternate days only the eleventh is over the 10 a month', () => {
    const list = ['01', '03', '05', '07', '09', '11', '13', '15', '17', '19', '21'].map((d) => visit(d));
    // declared out of order: the count follows time, not the order of the file
    const found = hits([...list].reverse(), 'VISITS_OVER_MONTHLY_COUNT');
    expect(found.map((f) => [f.recordKey, f.evidence.visitNumber])).toEqual([[list[10].key, 11]]);
    expect(hits(list.slice(0, 10), 'VISITS_OVER_MONTHLY_COUNT')).toEqual([]);
  });

  it('Qinhuangdao art. 31(1)3 "原则上不能连续两日": the visit of the 2nd after one on the 1st is flagged, the 4th after the 2nd is not', () => {
    const [a, b, c] = [visit('01'), visit('02'), visit('04')];
    expect(hits([a, b, c], 'CONSECUTIVE_DAY_VISIT').map((f) => [f.recordKey, f.evidence.previousDay])).toEqual([[b.key, '2026-09-01']]);
  });

  it('Qinhuangdao art. 31(1)3: a visit billed 110.01 is over the 1100 ÷ 10 = 110.00 a visit; 110.00 is not; a bed line does not count', () => {
    const over = visit('01', '09:00', '11:00', { lines: [{ category: 'care', amount: '110.01' }] });
    const exact = visit('03', '09:00', '11:00', {
      lines: [
        { category: 'care', amount: '110.00' },
        { category: 'bed', amount: '30.00' },
      ],
    });
    const found = hits([over, exact], 'VISIT_AMOUNT_OVER_CAP');
    expect(found.map((f) => [f.recordKey, f.evidence.billed, f.evidence.perVisit, f.severity])).toEqual([
      [over.key, '110.01', '110.00', 'warning'],
    ]);
  });

  it('Tumxuk §5(三) sets no visit length or count: a 30-minute visit there is not flagged as short', () => {
    const tumxuk = { settlement: tumxukSettlementParams, benefits: tumxukBenefitParams, eligibility: tumxukEligibilityParams };
    expect(hits([visit('01', '09:00', '09:30')], 'VISIT_TOO_SHORT', facts(), tumxuk)).toEqual([]);
  });
});

describe('smart audit: the claimant’s state on each day of care', () => {
  it('Qinhuangdao art. 33(三), 34(3): a stay 10–14 Sept suspends the 10th to the 14th; care from the 8th to the 16th is flagged on those five days only', () => {
    const f = facts();
    (f.claimants.get('C2') as ClaimantAuditFacts).hospitalStays = [{ from: '2026-09-10', to: '2026-09-14' }];
    const found = hits([stay('08', '16')], 'CARE_DURING_HOSPITAL_STAY', f);
    expect(found[0].evidence.days).toEqual(['2026-09-10', '2026-09-11', '2026-09-12', '2026-09-13', '2026-09-14']);
    expect(found[0].citation).toBe('Qinhuangdao art. 33(三); Qinhuangdao art. 34(3)');
  });

  it('Tumxuk §5(四) "从出院当日起恢复": the discharge day itself is payable', () => {
    const f = facts();
    (f.claimants.get('C2') as ClaimantAuditFacts).hospitalStays = [{ from: '2026-09-10', to: '2026-09-14' }];
    const tumxuk = { settlement: tumxukSettlementParams, benefits: tumxukBenefitParams, eligibility: tumxukEligibilityParams };
    expect(hits([stay('08', '16')], 'CARE_DURING_HOSPITAL_STAY', f, tumxuk)[0].evidence.days).toEqual([
      '2026-09-10',
      '2026-09-11',
      '2026-09-12',
      '2026-09-13',
    ]);
  });

  it('Qinhuangdao art. 34(5): benefits end the day after death — a visit on the day of death is payable, the next day’s is not', () => {
    const [onTheDay, after] = [visit('20'), visit('22')];
    const found = hits([onTheDay, after], 'CARE_AFTER_DEATH', facts({ death: '2026-09-20' }));
    expect(found.map((f) => [f.recordKey, f.evidence.days, f.citation])).toEqual([[after.key, ['2026-09-22'], 'Qinhuangdao art. 34(5)']]);
  });

  it('Qinhuangdao art. 14 ¶1, 30: care before the benefit start (the 5th) is flagged on the 4th, not on the 5th; with no start every day is', () => {
    const [early, first] = [visit('04'), visit('05')];
    expect(hits([early, first], 'CARE_BEFORE_BENEFIT_START', facts({ benefitStart: '2026-09-05' })).map((f) => f.recordKey)).toEqual([
      early.key,
    ]);
    expect(hits([first], 'CARE_BEFORE_BENEFIT_START', facts({ benefitStart: null }))).toHaveLength(1);
  });

  it('Qinhuangdao art. 34(1): care under an arrears suspension is flagged with the suspension’s own article and reason', () => {
    const suspensions = [{ from: '2026-09-01', to: null, reason: '欠费', citation: 'Qinhuangdao art. 34(1)' }];
    const [found] = hits([visit('03')], 'CARE_UNDER_SUSPENSION', facts({ suspensions }));
    expect([found.citation, found.message]).toEqual([
      'Qinhuangdao art. 34(1)',
      '待遇暂停期间（欠费）的护理 (care under a suspension): 2026-09-03',
    ]);
  });
});

describe('smart audit: the care plan, the designation and the costs', () => {
  it('Qinhuangdao art. 30: a record declared by another institution, or with an item the plan lacks, is outside the care plan', () => {
    const f = facts();
    (f.institutions as Map<string, { designated: { from: string; to: string | null }[] }>).set('I2', {
      designated: [{ from: '2026-01-01', to: null }],
    });
    const [other, extraItem] = [
      visit('01', '09:00', '11:00', { institutionId: 'I2' }),
      visit('03', '09:00', '11:00', { items: ['H01', 'H09'] }),
    ];
    expect(hits([other, extraItem], 'PROVIDER_OUTSIDE_CARE_PLAN', f).map((x) => x.recordKey)).toEqual([other.key]);
    expect(hits([other, extraItem], 'ITEM_OUTSIDE_CARE_PLAN', f).map((x) => [x.recordKey, x.evidence.items])).toEqual([
      [extraItem.key, ['H09']],
    ]);
  });

  it('Qinhuangdao art. 33(四): days after the agreement ended on the 15th are outside the designation', () => {
    const f = facts({}, { institutions: new Map([['I1', { designated: [{ from: '2026-07-01', to: '2026-09-15' }] }]]) });
    const [found] = hits([stay('14', '17')], 'PROVIDER_NOT_DESIGNATED', f);
    expect([found.evidence.days, found.citation]).toEqual([['2026-09-16', '2026-09-17'], 'Qinhuangdao art. 33(四)']);
  });

  it('Qinhuangdao art. 33(二): a meals line is an excluded cost, a warning that does not hold the record', () => {
    const r = stay('01', '30', {
      lines: [
        { category: 'care', amount: '1500.00' },
        { category: 'meals', amount: '600.00' },
      ],
    });
    const result = audit([r]).value;
    const [found] = result.flags.filter((x) => x.rule === 'EXCLUDED_COST');
    expect([found.evidence, found.citation, found.severity]).toEqual([
      { line: 1, category: 'meals', amount: '600.00' },
      'Qinhuangdao art. 33(二)',
      'warning',
    ]);
    expect(result.heldRecords).toEqual([]);
  });
});

describe('smart audit: carers (Qinhuangdao art. 55) and where they were (product rules)', () => {
  it('Qinhuangdao art. 55: a carer outside the registry, or registered with another institution, is unregistered', () => {
    const f = facts({}, { carers: new Map([['K3', { institutionId: 'I9', qualifiedUntil: '2030-01-01' }]]) });
    const [unknown, elsewhere] = [visit('01', '09:00', '11:00', { carerId: 'K9' }), visit('03', '09:00', '11:00', { carerId: 'K3' })];
    expect(hits([unknown, elsewhere], 'CARER_UNREGISTERED', f).map((x) => x.evidence.carerId)).toEqual(['K9', 'K3']);
  });

  it('Product rule; Qinhuangdao art. 55: K2 is qualified on the 10th (the last valid day) but not on the 11th', () => {
    const [lastDay, dayAfter] = [visit('10', '09:00', '11:00', { carerId: 'K2' }), visit('12', '09:00', '11:00', { carerId: 'K2' })];
    expect(hits([lastDay, dayAfter], 'CARER_UNQUALIFIED').map((x) => x.recordKey)).toEqual([dayAfter.key]);
  });

  it('Product rule: K1 at C1 09:00–11:00 and at C2’s 10:30 is in two places for 30 minutes; back to back at 11:00 is not', () => {
    const first = visit('03');
    const overlapping = visit('03', '10:30', '12:30', { claimantId: 'C1', checkIn: HOME });
    const [found] = hits([first, overlapping], 'CARER_DOUBLE_BOOKED');
    expect([found.recordKey, found.evidence.overlapMinutes, found.evidence.otherRecord]).toEqual([overlapping.key, 30, first.key]);
    expect(hits([visit('05'), visit('05', '11:00', '13:00')], 'CARER_DOUBLE_BOOKED')).toEqual([]);
  });

  it('Product rule: 0.18° of latitude (20.0 km) in 10 minutes is 120 km/h, over 60; in 30 minutes it is 40 km/h, not', () => {
    const far = { lat: HOME.lat + 0.18, lng: HOME.lng };
    const [a, tooSoon] = [visit('07', '09:00', '11:00'), visit('07', '11:10', '13:10', { checkIn: far })];
    const [found] = hits([a, tooSoon], 'CARER_TRAVEL_TOO_FAST', facts({ home: null }));
    expect([found.recordKey, found.evidence.km, found.evidence.gapMinutes, found.severity]).toEqual([tooSoon.key, 20.02, 10, 'warning']);
    expect(
      hits(
        [visit('09', '09:00', '11:00'), visit('09', '11:30', '13:30', { checkIn: far })],
        'CARER_TRAVEL_TOO_FAST',
        facts({ home: null }),
      ),
    ).toEqual([]);
  });

  it('Product rule: a check-in 0.0091° north of the home (1,012 m) is over 1,000 m; 0.0089° (990 m) is not; none at all is a warning', () => {
    const [far, near, none] = [
      visit('01', '09:00', '11:00', { checkIn: { lat: HOME.lat + 0.0091, lng: HOME.lng } }),
      visit('03', '09:00', '11:00', { checkIn: { lat: HOME.lat + 0.0089, lng: HOME.lng } }),
      visit('05', '09:00', '11:00', { checkIn: undefined }),
    ];
    expect(hits([far, near, none], 'CHECK_IN_FAR_FROM_HOME').map((x) => [x.recordKey, x.evidence.metres])).toEqual([[far.key, 1012]]);
    expect(hits([far, near, none], 'CHECK_IN_MISSING').map((x) => x.recordKey)).toEqual([none.key]);
  });
});

describe('smart audit: the result', () => {
  it('Qinhuangdao art. 57: blocking flags hold their records, warnings do not; every rule is in the trace with its count', () => {
    const [short, clean, noCheckIn] = [visit('01', '09:00', '10:00'), visit('03'), visit('05', '09:00', '11:00', { checkIn: undefined })];
    const r = audit([short, clean, noCheckIn]);
    expect(r.value.heldRecords).toEqual([short.key]);
    expect(r.value.hitsByRule.VISIT_TOO_SHORT).toBe(1);
    expect(r.value.hitsByRule.CHECK_IN_MISSING).toBe(1);
    expect(r.value.hitsByRule.CARE_AFTER_DEATH).toBe(0);
    expect(r.trace.find((s) => s.rule === 'settlement.smartAudit.VISIT_TOO_SHORT')).toMatchObject({
      citation: 'Qinhuangdao art. 31(1)3',
      output: 1,
    });
    expect(r.trace.at(-1)).toMatchObject({ rule: 'settlement.smartAudit.held', output: 1 });
  });

  it('Qinhuangdao art. 57: a rule the region turns off is not checked and counts null', () => {
    const off: SettlementParams = {
      ...qinhuangdaoSettlementParams,
      smartAudit: {
        ...qinhuangdaoSettlementParams.smartAudit,
        severity: { ...qinhuangdaoSettlementParams.smartAudit.severity, VISIT_TOO_SHORT: 'off' },
      },
    };
    const r = audit([visit('01', '09:00', '10:00')], facts(), { ...QHD, settlement: off });
    expect([r.value.flags.filter((f) => f.rule === 'VISIT_TOO_SHORT'), r.value.hitsByRule.VISIT_TOO_SHORT, r.value.heldRecords]).toEqual([
      [],
      null,
      [],
    ]);
  });

  it('Product rule: every bad record of a batch is listed at once and nothing is audited', () => {
    const r = runSmartAudit(
      {
        month: '2026-09',
        records: [
          visit('01', '11:00', '09:00', { key: 'x' }),
          { ...visit('02'), key: 'x' },
          visit('03', '09:00', '11:00', { start: '2026-10-03T09:00', end: '2026-10-03T11:00' }),
          visit('04', '09:00', '11:00', { claimantId: 'C404' }),
          visit('06', '09:00', '11:00', { claimantId: 'C3' }),
        ],
        facts: { ...facts(), claimants: new Map([...facts().claimants, ['C3', claimant({ carePlan: null })]]) },
      },
      QHD,
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['records.0.end', 'END_BEFORE_START'],
      ['records.1.key', 'DUPLICATE_KEY'],
      ['records.2.start', 'OUTSIDE_MONTH'],
      ['records.3.claimantId', 'UNKNOWN_CLAIMANT'],
      ['records.4.claimantId', 'NO_ACCEPTED_CARE_PLAN'],
    ]);
  });
});
