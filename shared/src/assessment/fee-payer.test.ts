import { describe, expect, it } from 'vitest';
import { assessmentFeePayer, type FeePayerInput } from './fee-payer.js';
import { type AssessmentParams, qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';

describe('Qinhuangdao art. 27: who pays the 200 yuan', () => {
  it.each([
    ['Qinhuangdao art. 27(1)', { kind: 'initial', resultQualifies: true }, 'fund'],
    ['Qinhuangdao art. 27(1)', { kind: 'initial', resultQualifies: false }, 'applicant'],
    ['Qinhuangdao art. 27(2)', { kind: 'dispute', resultQualifies: true, resultDiffersFromOriginal: true }, 'fund'],
    ['Qinhuangdao art. 27(2)', { kind: 'dispute', resultQualifies: true, resultDiffersFromOriginal: false }, 'applicant'],
    ['Qinhuangdao art. 27(2)', { kind: 'dispute', resultQualifies: false, resultDiffersFromOriginal: true }, 'applicant'],
    ['Qinhuangdao art. 27(3)', { kind: 'stateChange', resultQualifies: true, resultDiffersFromOriginal: true }, 'fund'],
    ['Qinhuangdao art. 27(3)', { kind: 'stateChange', resultQualifies: true, resultDiffersFromOriginal: false }, 'applicant'],
    ['Qinhuangdao art. 27(3)', { kind: 'stateChange', resultQualifies: false, resultDiffersFromOriginal: true }, 'applicant'],
    ['Qinhuangdao art. 27(5)', { kind: 'endOfTerm' }, 'fund'],
  ] as const)('%s: %j → %s pays 200.00', (citation, input, payer) => {
    const r = assessmentFeePayer(input as FeePayerInput, qhd);
    expect(r.ok && r.value).toEqual({
      payer,
      amount: '200.00',
      collection: payer === 'fund' ? 'monthlySettlement' : 'assessmentInstitutionCollects',
      refund: null,
    });
    expect(r.ok && r.trace.map((s) => s.citation)).toEqual([
      'Qinhuangdao art. 27',
      citation,
      payer === 'fund' ? 'Qinhuangdao art. 54' : 'Product rule: collected by the assessment institution (as Xinjiang art. 22)',
    ]);
  });

  it('Qinhuangdao art. 27(4): spot-check confirms a change → the institution refunds the INITIAL 200.00 to the fund; the spot-check itself is paid by the fund (spotCheckFeePayer = fund)', () => {
    const r = assessmentFeePayer({ kind: 'spotCheck', stateChanged: true }, qhd);
    expect(r.ok && r.value).toEqual({
      payer: 'fund',
      amount: '200.00',
      collection: 'monthlySettlement',
      refund: { from: 'assessmentInstitution', to: 'fund', amount: '200.00', citation: 'Qinhuangdao art. 27(4)' },
    });
    expect(r.ok && r.trace[1].interpretation).toBe('spotCheckFeePayer = fund');
  });

  it('Qinhuangdao art. 27(4): spot-check finds no change → no refund', () => {
    const r = assessmentFeePayer({ kind: 'spotCheck', stateChanged: false }, qhd);
    expect(r.ok && r.value.refund).toBeNull();
  });

  it('Qinhuangdao art. 24: objection-triggered re-assessment → fund (objectionFeePayer = fund)', () => {
    const r = assessmentFeePayer({ kind: 'objection' }, qhd);
    expect(r.ok && r.value.payer).toBe('fund');
    expect(r.ok && r.trace[1]).toMatchObject({ citation: 'Qinhuangdao art. 24', interpretation: 'objectionFeePayer = fund' });
  });

  it.each([
    [{ kind: 'objection', resultQualifies: true, resultDiffersFromOriginal: false }, 'applicant'],
    [{ kind: 'objection', resultQualifies: true, resultDiffersFromOriginal: true }, 'fund'],
    [{ kind: 'spotCheck', stateChanged: true, resultQualifies: false, resultDiffersFromOriginal: true }, 'applicant'],
    [{ kind: 'spotCheck', stateChanged: true, resultQualifies: true, resultDiffersFromOriginal: true }, 'fund'],
  ] as const)('Qinhuangdao art. 27 alternative interpretations (asDispute / asStateChange): %j → %s', (input, payer) => {
    const params: AssessmentParams = {
      ...qhd,
      feePayer: { ...qhd.feePayer, objectionFeePayer: 'asDispute', spotCheckFeePayer: 'asStateChange' },
    };
    const r = assessmentFeePayer(input as FeePayerInput, params);
    expect(r.ok && r.value.payer).toBe(payer);
  });

  it('Qinhuangdao art. 27: the fee is fixed, an agreement fee that differs is rejected; missing facts are all listed', () => {
    const r = assessmentFeePayer({ kind: 'dispute', agreementFee: '180.00', initialFee: 'abc' }, qhd);
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'resultQualifies:REQUIRED',
      'resultDiffersFromOriginal:REQUIRED',
      'initialFee:INVALID_MONEY',
      'agreementFee:NOT_ALLOWED',
    ]);
  });

  it('Qinhuangdao art. 27: an unknown kind is rejected', () => {
    const r = assessmentFeePayer({ kind: 'yearly' } as unknown as FeePayerInput, qhd);
    expect(!r.ok && r.issues[0]).toMatchObject({ path: 'kind', code: 'NOT_ALLOWED' });
  });
});

describe('Xinjiang art. 22: fee negotiated per agreement (Tumxuk)', () => {
  it('Xinjiang art. 22: no agreement fee given → PARAMETER_MISSING', () => {
    const r = assessmentFeePayer({ kind: 'endOfTerm' }, tmk);
    expect(!r.ok && r.issues).toEqual([expect.objectContaining({ path: 'agreementFee', code: 'PARAMETER_MISSING' })]);
  });

  it.each([
    ['Xinjiang art. 22(1); Tumxuk §6(一)', { kind: 'initial', resultQualifies: false }, 'applicant', 'Xinjiang art. 22'],
    [
      'Xinjiang art. 22(3); Tumxuk §6(一)',
      { kind: 'endOfTerm' },
      'fund',
      "Product rule: settled monthly from the institution's list (as Qinhuangdao art. 54)",
    ],
    [
      'Xinjiang art. 22(4)',
      { kind: 'dispute', resultQualifies: true, resultDiffersFromOriginal: true },
      'fund',
      "Product rule: settled monthly from the institution's list (as Qinhuangdao art. 54)",
    ],
  ] as const)('%s: %j with agreement fee 150.5 → %s pays 150.50', (citation, input, payer, collectionCitation) => {
    const r = assessmentFeePayer({ ...(input as FeePayerInput), agreementFee: '150.5' }, tmk);
    expect(r.ok && r.value.amount).toBe('150.50');
    expect(r.ok && r.value.payer).toBe(payer);
    expect(r.ok && r.trace.map((s) => s.citation)).toEqual(['Xinjiang art. 22', citation, collectionCitation]);
  });

  it('Xinjiang art. 22(5): spot-check confirms a change → the initial fee (160.00, under the old agreement) is refunded', () => {
    const r = assessmentFeePayer({ kind: 'spotCheck', stateChanged: true, agreementFee: '180.00', initialFee: '160.00' }, tmk);
    expect(r.ok && r.value.amount).toBe('180.00');
    expect(r.ok && r.value.refund).toEqual({
      from: 'assessmentInstitution',
      to: 'fund',
      amount: '160.00',
      citation: 'Xinjiang art. 22(5)',
    });
  });
});

describe('Qinhuangdao art. 27: the facts each kind’s rule reads are required', () => {
  const alt: AssessmentParams = {
    ...qhd,
    feePayer: { ...qhd.feePayer, objectionFeePayer: 'asDispute', spotCheckFeePayer: 'asStateChange' },
  };
  const missing = (input: Partial<FeePayerInput>, params = qhd) => {
    const r = assessmentFeePayer(input as FeePayerInput, params);
    return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
  };

  it.each<[string, Partial<FeePayerInput>, AssessmentParams, string[]]>([
    ['Qinhuangdao art. 27(1): an initial assessment needs resultQualifies', { kind: 'initial' }, qhd, ['resultQualifies:REQUIRED']],
    [
      'Qinhuangdao art. 27(2): a dispute needs resultDiffersFromOriginal',
      { kind: 'dispute', resultQualifies: true },
      qhd,
      ['resultDiffersFromOriginal:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 27(2): a dispute needs resultQualifies',
      { kind: 'dispute', resultDiffersFromOriginal: true },
      qhd,
      ['resultQualifies:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 27(3): a state change needs both facts',
      { kind: 'stateChange' },
      qhd,
      ['resultQualifies:REQUIRED', 'resultDiffersFromOriginal:REQUIRED'],
    ],
    ['Qinhuangdao art. 27(4): a spot-check needs stateChanged', { kind: 'spotCheck' }, qhd, ['stateChanged:REQUIRED']],
    ['Qinhuangdao art. 27(5): an end-of-term assessment needs no fact', { kind: 'endOfTerm' }, qhd, []],
    ['Qinhuangdao art. 24 (objectionFeePayer = fund): an objection needs no fact', { kind: 'objection' }, qhd, []],
    [
      'Qinhuangdao art. 24 (objectionFeePayer = asDispute): an objection needs the dispute’s facts',
      { kind: 'objection' },
      alt,
      ['resultQualifies:REQUIRED', 'resultDiffersFromOriginal:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 27(4) (spotCheckFeePayer = asStateChange): a spot-check needs the state change’s facts too',
      { kind: 'spotCheck', stateChanged: true },
      alt,
      ['resultQualifies:REQUIRED', 'resultDiffersFromOriginal:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 27(1): a fact that is not true or false is refused',
      { kind: 'initial', resultQualifies: 'yes' as never },
      qhd,
      ['resultQualifies:NOT_ALLOWED'],
    ],
  ])('%s', (_name, input, params, expected) => {
    expect(missing(input, params)).toEqual(expected);
  });

  it.each<[string, Partial<FeePayerInput>, string[]]>([
    [
      'Xinjiang art. 22: a negative agreement fee is refused',
      { kind: 'endOfTerm', agreementFee: '-150.00' },
      ['agreementFee:INVALID_MONEY'],
    ],
    [
      'Xinjiang art. 22(5): a negative initial fee to refund is refused',
      { kind: 'spotCheck', stateChanged: true, agreementFee: '150.00', initialFee: '-160.00' },
      ['initialFee:INVALID_MONEY'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(missing(input, tmk)).toEqual(expected);
  });

  it('Qinhuangdao art. 27(5): end-of-term is paid by the fund under every interpretation (spotCheckFeePayer = asStateChange)', () => {
    const r = assessmentFeePayer({ kind: 'endOfTerm' }, alt);
    expect(r.ok && r.value).toEqual({ payer: 'fund', amount: '200.00', collection: 'monthlySettlement', refund: null });
  });

  it('Qinhuangdao art. 27(2), (4): a dispute is not judged as a spot-check (spotCheckFeePayer = asStateChange) and has no refund', () => {
    const r = assessmentFeePayer({ kind: 'dispute', resultQualifies: true, resultDiffersFromOriginal: true, stateChanged: true }, alt);
    expect(r.ok && r.value).toEqual({ payer: 'fund', amount: '200.00', collection: 'monthlySettlement', refund: null });
  });
});
