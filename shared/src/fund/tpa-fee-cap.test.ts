import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { qinhuangdaoFundParams, tumxukFundParams } from './params.js';
import { type TpaFeeInput, tpaFeeCap } from './tpa-fee-cap.js';

const q = qinhuangdaoFundParams;
const t = tumxukFundParams;

describe('tpaFeeCap', () => {
  it.each([
    [
      'Qinhuangdao art. 63: 5% of 10,000,000 raised = 500,000; Q1 asks 120,000, nothing paid → 120,000',
      1,
      '10000000.00',
      '0.00',
      '120000.00',
      '500000.00',
      '500000.00',
      '120000.00',
      false,
    ],
    [
      'Qinhuangdao art. 63: Q4 asks 130,000 with 420,000 already paid → only 500,000 − 420,000 = 80,000',
      4,
      '10000000.00',
      '420000.00',
      '130000.00',
      '500000.00',
      '80000.00',
      '80000.00',
      true,
    ],
    [
      'Qinhuangdao art. 63: 510,000 already paid (over the cap) → nothing more',
      3,
      '10000000.00',
      '510000.00',
      '1.00',
      '500000.00',
      '0.00',
      '0.00',
      true,
    ],
    [
      'Qinhuangdao art. 63: 5% × 12,345,678.91 = 617,283.9455 → 617,283.95',
      2,
      '12345678.91',
      '0.00',
      '617283.95',
      '617283.95',
      '617283.95',
      '617283.95',
      false,
    ],
  ] as const)('%s', (_name, quarter, raisedFund, feesPaidThisYear, quarterFee, annualCap, remaining, payable, capApplied) => {
    const r = unwrap(tpaFeeCap({ year: 2027, quarter, raisedFund, feesPaidThisYear, quarterFee }, q));
    expect(r.value).toMatchObject({ annualCap, remaining, payable, capApplied, note: null });
    expect(r.trace.every((s) => s.citation === 'Qinhuangdao art. 63')).toBe(true);
  });

  it('Qinhuangdao art. 63: without a quarter fee, the payable is what the cap still allows (500,000 − 300,000 = 200,000)', () => {
    const r = unwrap(tpaFeeCap({ year: 2027, quarter: 3, raisedFund: '10000000.00', feesPaidThisYear: '300000.00' }, q));
    expect(r.value).toMatchObject({ payable: '200000.00', capApplied: false, note: expect.stringContaining('most the cap') });
  });

  it('Tumxuk §6(五): no cap stated → the agreed 90,000 is payable, with a note', () => {
    const r = unwrap(tpaFeeCap({ year: 2027, quarter: 1, raisedFund: '8000000.00', feesPaidThisYear: '0.00', quarterFee: '90000' }, t));
    expect(r.value).toMatchObject({
      annualCap: null,
      remaining: null,
      payable: '90000.00',
      capApplied: false,
      note: expect.stringContaining('no cap'),
    });
    expect(r.trace[0].citation).toBe('Tumxuk §6(五)');
  });

  it.each([
    ['Product rule: no input', null, q, ['input:REQUIRED']],
    [
      'Qinhuangdao art. 63: every bad field is listed',
      { year: 1999, quarter: 5, raisedFund: 'lots', feesPaidThisYear: '-1.00', quarterFee: '1.001' },
      q,
      [
        'year:OUT_OF_RANGE',
        'quarter:OUT_OF_RANGE',
        'raisedFund:INVALID_MONEY',
        'feesPaidThisYear:INVALID_MONEY',
        'quarterFee:INVALID_MONEY',
      ],
    ],
    [
      'Tumxuk §6(五): the agreed quarter fee is required where no cap is stated',
      { year: 2027, quarter: 1, raisedFund: '1.00', feesPaidThisYear: '0.00' },
      t,
      ['quarterFee:REQUIRED'],
    ],
    [
      'Product rule: a malformed cap rate is reported',
      { year: 2027, quarter: 1, raisedFund: '1.00', feesPaidThisYear: '0.00' },
      { ...q, tpaFee: { ...q.tpaFee, capRate: '5%' } },
      ['params.tpaFee.capRate:INVALID_PARAMETER'],
    ],
  ])('%s', (_name, input, params, expected) => {
    const r = tpaFeeCap(input as TpaFeeInput, params);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});

describe('tpaFeeCap: the edges of its checks (mutation testing, issue 16)', () => {
  const input = (year: number): TpaFeeInput => ({
    year,
    quarter: 1,
    raisedFund: '10000000.00',
    feesPaidThisYear: '0.00',
    quarterFee: '1.00',
  });
  const codes = (r: ReturnType<typeof tpaFeeCap>) => (r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`));

  it.each([
    [2000, []],
    [2100, []],
    [1999, ['year:OUT_OF_RANGE']],
    [2101, ['year:OUT_OF_RANGE']],
  ])('Product rule: year %i → %j', (year, expected) => {
    expect(codes(tpaFeeCap(input(year), q))).toEqual(expected);
  });

  it.each([
    ['10.5', []],
    ['1', []],
    ['0.05', []],
    ['x0.05', ['params.tpaFee.capRate:INVALID_PARAMETER']],
    ['0.', ['params.tpaFee.capRate:INVALID_PARAMETER']],
  ])('Qinhuangdao art. 63: a cap rate of %s → %j', (capRate, expected) => {
    expect(codes(tpaFeeCap(input(2026), { ...q, tpaFee: { ...q.tpaFee, capRate } }))).toEqual(expected);
  });
});
