import { describe, expect, it } from 'vitest';
import { qinhuangdaoBenefitParams } from '../benefits/params.js';
import { unwrap } from '../core/result.js';
import type { DeclaredStay, DeclaredVisit } from './declared-record.js';
import { settleClaimantMonth } from './settle-claimant.js';
import { settlementSheet } from './settle-sheet.js';
import type { ClaimantMonthFacts, ReviewDecision, SettlementRecord } from './settle-types.js';

/**
 * A seeded month (September 2026, 30 days) of two institutions, worked out by hand from the
 * Qinhuangdao rules: A does home care (art. 31(1)3: 1100 ÷ 10 = 110 a visit, ≥ 120 minutes, not
 * two days running), B is a medical institution (art. 31(1)1: 70%, 1800 a month, a part month
 * 1800 ÷ 30 × days) with one stay across a hospital stay (art. 33(3)) and one part month.
 */
const q = qinhuangdaoBenefitParams;
const MONTH = '2026-09';
const base = { insuredCategory: 'employee', grade: 4, death: null, hospitalStays: [], suspensions: [] } as const;
const H1: ClaimantMonthFacts = { ...base, claimantId: 'H1', careMode: 'home', benefitStart: '2026-01-01' };
const S1: ClaimantMonthFacts = {
  ...base,
  claimantId: 'S1',
  careMode: 'institution',
  institutionSubtype: 'medical',
  benefitStart: '2026-01-01',
  hospitalStays: [{ from: '2026-09-10', to: '2026-09-14' }],
};
const P1: ClaimantMonthFacts = {
  ...base,
  claimantId: 'P1',
  careMode: 'institution',
  institutionSubtype: 'medical',
  benefitStart: '2026-09-16',
};

function visit(key: string, day: string, minutes: number, amount: string, review: ReviewDecision | null = null): SettlementRecord {
  const start = `2026-09-${day}T09:00`;
  const endMinutes = 9 * 60 + minutes;
  const end = `2026-09-${day}T${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  const record: DeclaredVisit = {
    kind: 'homeVisit',
    key,
    claimantId: 'H1',
    institutionId: 'A',
    carerId: 'K1',
    start,
    end,
    items: ['H01'],
    lines: [{ category: 'care', amount }],
  };
  return { record, review, undecidedBlocking: 0 };
}

function stay(
  key: string,
  claimantId: string,
  from: string,
  to: string,
  lines: DeclaredStay['lines'],
  review: ReviewDecision | null = null,
) {
  const record: DeclaredStay = { kind: 'careDays', key, claimantId, institutionId: 'B', from, to, carerIds: [], items: ['J01'], lines };
  return { record, review, undecidedBlocking: 0 } satisfies SettlementRecord;
}

const homeVisits = [
  visit('A-01', '01', 120, '120.00'),
  visit('A-03', '03', 90, '120.00', { decision: 'refuse', reason: '服务不足120分钟' }),
  visit('A-05', '05', 120, '100.00'),
  visit('A-06', '06', 120, '120.00', { decision: 'pay', reason: '前一日为临时加派，经核实属实' }),
  visit('A-10', '10', 150, '130.00'),
  visit('A-20', '20', 120, '120.00', { decision: 'reduce', amount: '80.00', reason: '部分项目不在护理计划内，核减' }),
];

describe('settleClaimantMonth: home visits (Qinhuangdao art. 31(1)3, 57)', () => {
  const { value, trace } = unwrap(settleClaimantMonth(MONTH, H1, homeVisits, q));
  const byKey = Object.fromEntries(value.records.map((r) => [r.key, r]));

  it('Qinhuangdao art. 31(1)3: a visit billed 120 is paid 110, one billed 100 is paid its 100', () => {
    expect(byKey['A-01']).toMatchObject({ status: 'paid', eligible: '120.00', fundPays: '110.00', claimantPays: '10.00' });
    expect(byKey['A-05']).toMatchObject({ status: 'paid', fundPays: '100.00', claimantPays: '0.00' });
    expect(byKey['A-10']).toMatchObject({ fundPays: '110.00', claimantPays: '20.00' });
  });

  it('Qinhuangdao art. 57: the short visit refused by the reviewer is left out of the settlement', () => {
    expect(byKey['A-03']).toMatchObject({ status: 'refused', billed: '120.00', eligible: '0.00', fundPays: '0.00', claimantPays: '0.00' });
  });

  it('Qinhuangdao art. 31(1)3 product rule: the consecutive-day visit approved with a reason is paid 110', () => {
    expect(byKey['A-06']).toMatchObject({ status: 'paid', fundPays: '110.00', reason: '前一日为临时加派，经核实属实' });
    expect(value.quote?.visits.find((v) => v.date === '2026-09-06')?.status).toBe('approvedConsecutiveDay');
  });

  it('Qinhuangdao art. 57: a reduction to 80 pays min(110, 80) = 80', () => {
    expect(byKey['A-20']).toMatchObject({ status: 'reduced', eligible: '80.00', fundPays: '80.00', claimantPays: '0.00' });
  });

  it('Qinhuangdao art. 32, 55: the month: fund 110+100+110+110+80 = 510, claimant 10+0+10+20+0 = 40', () => {
    expect(value.fundPays).toBe('510.00');
    expect(value.claimantPays).toBe('40.00');
    expect(value.lines).toEqual([
      {
        claimantId: 'H1',
        institutionId: 'A',
        records: 6,
        billed: '710.00',
        excluded: '0.00',
        eligible: '550.00',
        fundPays: '510.00',
        claimantPays: '40.00',
        unsettled: '120.00',
      },
    ]);
    expect(trace.map((s) => s.rule)).toContain('benefits.homeVisitPayments');
    expect(trace.find((s) => s.rule === 'settlement.claimantMonth')?.citation).toBe('Qinhuangdao art. 32, 55');
  });

  it('Qinhuangdao art. 57: a record with an undecided blocking flag is held, not paid', () => {
    const held = { ...visit('A-01', '01', 120, '120.00'), undecidedBlocking: 1 };
    const r = unwrap(settleClaimantMonth(MONTH, H1, [held], q)).value;
    expect(r.records[0]).toMatchObject({ status: 'held', fundPays: '0.00' });
    expect(r.fundPays).toBe('0.00');
    expect(r.quote).toBeNull();
  });
});

describe('settleClaimantMonth: institution care (Qinhuangdao art. 31(1)1, 33)', () => {
  it('Qinhuangdao art. 33(2)(3): a stay of 30 days across 5 hospital days: care 3000 × 25/30 = 2500, cap 1800/30 × 25 = 1500, 70% = 1750 → 1500; bed 600 excluded', () => {
    const r = unwrap(
      settleClaimantMonth(
        MONTH,
        S1,
        [
          stay('B-S1', 'S1', '2026-09-01', '2026-09-30', [
            { category: 'care', amount: '3000.00' },
            { category: 'bed', amount: '600.00' },
          ]),
        ],
        q,
      ),
    );
    expect(r.value.serviceDays).toBe(25);
    expect(r.value.records[0]).toMatchObject({
      status: 'paid',
      billed: '3600.00',
      excluded: '600.00',
      eligible: '2500.00',
      fundPays: '1500.00',
      claimantPays: '1600.00',
    });
    expect(r.value.quote?.cap).toEqual({ kind: 'monthly', amount: '1500.00', applied: true });
    expect(r.trace.find((s) => s.rule === 'settlement.record.daysWithoutBenefit')?.citation).toBe('Qinhuangdao art. 28, 33(3), 34');
  });

  it('Qinhuangdao art. 28, 31(1)1: a part month from the 16th: 15 days, cap 1800/30 × 15 = 900, 70% × 1500 = 1050 → 900', () => {
    const r = unwrap(
      settleClaimantMonth(MONTH, P1, [stay('B-P1', 'P1', '2026-09-16', '2026-09-30', [{ category: 'care', amount: '1500.00' }])], q),
    );
    expect(r.value.serviceDays).toBe(15);
    expect(r.value.records[0]).toMatchObject({ fundPays: '900.00', claimantPays: '600.00' });
  });

  it('Qinhuangdao art. 32: two stays share the fund payment by their cost, to the cent (1000 and 2000 → 700 and 1400 of 2100 → capped 1800: 600 and 1200)', () => {
    const whole: ClaimantMonthFacts = { ...S1, hospitalStays: [] };
    const r = unwrap(
      settleClaimantMonth(
        MONTH,
        whole,
        [
          stay('B-1', 'S1', '2026-09-01', '2026-09-10', [{ category: 'care', amount: '1000.00' }]),
          stay('B-2', 'S1', '2026-09-11', '2026-09-30', [{ category: 'care', amount: '2000.00' }]),
        ],
        q,
      ),
    );
    expect(r.value.records.map((x) => x.fundPays)).toEqual(['600.00', '1200.00']);
    expect(r.value.fundPays).toBe('1800.00');
  });

  it('Qinhuangdao art. 30: days declared under a home-care plan are not paid', () => {
    const r = unwrap(
      settleClaimantMonth(MONTH, { ...H1 }, [stay('X', 'H1', '2026-09-01', '2026-09-02', [{ category: 'care', amount: '10.00' }])], q),
    );
    expect(r.value.records[0]).toMatchObject({ status: 'refused', citation: 'Qinhuangdao art. 30' });
  });

  it('bad input: another claimant’s record and a reduction without an amount are refused, all at once', () => {
    const r = settleClaimantMonth(
      MONTH,
      H1,
      [{ ...visit('A', '01', 120, '1.00', { decision: 'reduce', reason: 'x' }) }, stay('B', 'S1', '2026-09-01', '2026-09-01', [])],
      q,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['INVALID_MONEY', 'NOT_ALLOWED']);
  });
});

describe('settlementSheet (Qinhuangdao art. 32, 55)', () => {
  it('Qinhuangdao art. 55: institution B’s sheet: fund 1500 + 900 = 2400, claimants 1600 + 600 = 2200; A’s: fund 510, claimant 40', () => {
    const s1 = unwrap(
      settleClaimantMonth(
        MONTH,
        S1,
        [
          stay('B-S1', 'S1', '2026-09-01', '2026-09-30', [
            { category: 'care', amount: '3000.00' },
            { category: 'bed', amount: '600.00' },
          ]),
        ],
        q,
      ),
    ).value;
    const p1 = unwrap(
      settleClaimantMonth(MONTH, P1, [stay('B-P1', 'P1', '2026-09-16', '2026-09-30', [{ category: 'care', amount: '1500.00' }])], q),
    ).value;
    const h1 = unwrap(settleClaimantMonth(MONTH, H1, homeVisits, q)).value;
    const lines = [...s1.lines, ...p1.lines, ...h1.lines];
    const b = unwrap(settlementSheet('B', lines));
    expect(b.value).toEqual({
      institutionId: 'B',
      claimants: 2,
      records: 2,
      billed: '5100.00',
      excluded: '600.00',
      eligible: '4000.00',
      fundPays: '2400.00',
      claimantPays: '2200.00',
      unsettled: '0.00',
    });
    expect(b.trace[0].citation).toBe('Qinhuangdao art. 32, 55');
    expect(unwrap(settlementSheet('A', lines)).value).toMatchObject({
      claimants: 1,
      records: 6,
      fundPays: '510.00',
      claimantPays: '40.00',
    });
  });
});
