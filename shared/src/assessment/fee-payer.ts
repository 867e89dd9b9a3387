import { isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireBoolean, requireRecord } from '../core/validate.js';
import type { AssessmentKind, AssessmentParams } from './params.js';

export interface FeePayerInput {
  kind: AssessmentKind;
  /** initial / dispute / objection / state change: does the result qualify for benefits? */
  resultQualifies?: boolean;
  /** dispute / objection / state change: does the result differ from the original conclusion? */
  resultDiffersFromOriginal?: boolean;
  /** spot-check: did it confirm that the disability state has changed? */
  stateChanged?: boolean;
  /** The fee written into the service agreement, where the region negotiates it (Xinjiang art. 22). */
  agreementFee?: Money;
  /** Spot-check: the initial assessment's fee to refund, when it differed from today's fee. */
  initialFee?: Money;
}

export type FeePayer = 'fund' | 'applicant';

export interface FeePayerResult {
  payer: FeePayer;
  amount: Money;
  /** Applicant fees are collected by the assessment institution (Xinjiang art. 22); fund fees are settled monthly (Qinhuangdao art. 54). */
  collection: 'assessmentInstitutionCollects' | 'monthlySettlement';
  /** Spot-check that confirmed a change: the institution refunds the INITIAL fee to the fund. */
  refund: { from: 'assessmentInstitution'; to: 'fund'; amount: Money; citation: string } | null;
}

const KINDS: AssessmentKind[] = ['initial', 'dispute', 'objection', 'stateChange', 'spotCheck', 'endOfTerm'];

/** The facts each kind's rule reads (the interpretation parameters can add to them). */
function neededFacts(kind: AssessmentKind, params: AssessmentParams): (keyof FeePayerInput)[] {
  const { spotCheckFeePayer, objectionFeePayer } = params.feePayer;
  if (kind === 'initial') return ['resultQualifies'];
  if (kind === 'dispute' || kind === 'stateChange' || (kind === 'objection' && objectionFeePayer === 'asDispute'))
    return ['resultQualifies', 'resultDiffersFromOriginal'];
  if (kind === 'spotCheck')
    return spotCheckFeePayer === 'asStateChange' ? ['stateChanged', 'resultQualifies', 'resultDiffersFromOriginal'] : ['stateChanged'];
  return [];
}

/**
 * Who pays for an assessment and how much (Qinhuangdao art. 27; Xinjiang art. 22):
 * initial → fund if the result qualifies, else the applicant; dispute and state change → fund
 * if the result differs and qualifies, else the applicant; end-of-term → always the fund;
 * spot-check that confirms a change → the institution refunds the initial fee to the fund.
 * Spot-check itself and objection-triggered re-assessments: interpretation parameters.
 */
export function assessmentFeePayer(input: FeePayerInput, params: AssessmentParams): PolicyResult<FeePayerResult> {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  if (issues.required('kind', input.kind) && !KINDS.includes(input.kind))
    issues.add('kind', 'NOT_ALLOWED', `kind must be one of ${KINDS.join(', ')}, got ${shown(input.kind)}`);
  else if (input.kind) for (const fact of neededFacts(input.kind, params)) requireBoolean(issues, fact, input[fact]);
  for (const field of ['agreementFee', 'initialFee'] as const) {
    const v = input[field];
    if (v !== undefined && !(isMoney(v) && !v.startsWith('-')))
      issues.add(field, 'INVALID_MONEY', `${field} must be an amount like "200.00", got ${shown(v)}`);
  }
  if (params.fee.value === null && input.agreementFee === undefined)
    issues.add('agreementFee', 'PARAMETER_MISSING', `评估费由协商确定并在服务协议中明确 (${params.fee.citation})：请提供协议约定的评估费`);
  else if (params.fee.value !== null && input.agreementFee !== undefined && money(input.agreementFee) !== params.fee.value)
    issues.add('agreementFee', 'NOT_ALLOWED', `the fee is fixed at ${params.fee.value} (${params.fee.citation})`);
  const bad = issues.result<FeePayerResult>();
  if (bad) return bad;

  const t = new Tracer();
  const fee = t.step(
    'assessment.fee',
    params.fee.citation,
    { fixedFee: params.fee.value, agreementFee: input.agreementFee ?? null },
    money(params.fee.value ?? input.agreementFee!),
  );
  const { citations, spotCheckFeePayer, objectionFeePayer } = params.feePayer;
  const kind = input.kind;
  const citation = citations[kind];
  const qualifiesAndDiffers = () => input.resultQualifies === true && input.resultDiffersFromOriginal === true;
  // Stryker disable next-line ObjectLiteral: what the trace steps read
  const inputs = { kind, resultQualifies: input.resultQualifies, resultDiffersFromOriginal: input.resultDiffersFromOriginal };

  let payer: FeePayer;
  if (kind === 'initial') payer = t.step('assessment.feePayer.initial', citation, inputs, input.resultQualifies ? 'fund' : 'applicant');
  else if (kind === 'dispute' || kind === 'stateChange')
    payer = t.step(`assessment.feePayer.${kind}`, citation, inputs, qualifiesAndDiffers() ? 'fund' : 'applicant');
  else if (kind === 'endOfTerm') payer = t.step('assessment.feePayer.endOfTerm', citation, inputs, 'fund');
  else if (kind === 'objection')
    payer = t.step(
      'assessment.feePayer.objection',
      citation,
      inputs,
      objectionFeePayer === 'asDispute' && !qualifiesAndDiffers() ? 'applicant' : 'fund',
      {
        interpretation: `objectionFeePayer = ${objectionFeePayer}`,
      },
    );
  else
    payer = t.step(
      'assessment.feePayer.spotCheck',
      citation,
      inputs,
      spotCheckFeePayer === 'asStateChange' && !qualifiesAndDiffers() ? 'applicant' : 'fund',
      {
        interpretation: `spotCheckFeePayer = ${spotCheckFeePayer}`,
      },
    );

  let refund: FeePayerResult['refund'] = null;
  if (kind === 'spotCheck') {
    refund = t.step(
      'assessment.feePayer.spotCheckRefund',
      citation,
      { stateChanged: input.stateChanged, initialFee: input.initialFee ?? fee },
      input.stateChanged ? { from: 'assessmentInstitution', to: 'fund', amount: money(input.initialFee ?? fee), citation } : null,
    );
  }
  const collection = t.step(
    'assessment.feeCollection',
    params.feePayer.collectionCitations[payer],
    { payer },
    payer === 'fund' ? 'monthlySettlement' : 'assessmentInstitutionCollects',
  );
  return ok({ payer, amount: fee, collection, refund }, t.steps);
}
