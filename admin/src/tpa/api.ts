import type { TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';

export interface Unit {
  id: string;
  kind: 'headOffice' | 'districtSubCentre' | 'cityCentre';
  name: string;
}
export interface Area {
  id: string;
  label: string;
  max: string;
}
export interface Commitment {
  id: string;
  category: string;
  description: string;
  targetKind: 'number' | 'yesNo';
  target: string;
  unit: string | null;
  direction: 'atLeast' | 'atMost';
  measurement: string;
  points: string;
}
export interface AllowedActionRow {
  action: string;
  enabled: boolean;
  blockedBy: string[];
  needsReason: boolean;
}
export interface Contract {
  id: string;
  number: string;
  regionId: string;
  tpaInstitutionId: string;
  tpaInstitution?: { name: string };
  startDate: string;
  endDate: string;
  annualFee: string;
  state: string;
  version: number;
  replacesContractId: string | null;
  units: Unit[];
  weights: { headOffice: string; districtSubCentres: string; cityCentre: string };
  schedule: { minScore: string; payRate: string }[];
  plan: Area[];
  poorResultBelow: string;
  rectificationDays: number;
  commitments: Commitment[];
  assessments: { id: string; year: number; state: string; total: string | null; feeDue: string | null }[];
  rectifications: { id: string; score: string; dueDate: string; state: string; version: number; allowedActions: AllowedActionRow[] }[];
  allowedActions: AllowedActionRow[];
  history: { action: string; actorName: string; reason: string | null; createdAt?: string }[];
}
export interface YearResult {
  units: { unitId: string; kind: string; name: string; areas: { areaId: string; score: string; max: string }[]; score: string }[];
  districtScore: string | null;
  total: string;
  commitments: {
    id: string;
    category: string;
    description: string;
    promised: string;
    delivered: string | null;
    fulfilled: boolean;
    reason: string;
    points: string;
    pointsLost: string;
  }[];
  pointsLost: string;
  fee: { scheduledFee: string; fundLosses: string; fee: string; poorResult: boolean; band: { minScore: string; payRate: string } };
  findings?: { id: string; fundLoss: string | null }[];
  termShare?: { days: number; yearDays: number; annualFee: string; yearFee: string };
  satisfaction?: { unitId: string; surveyed: number; satisfied: number; rate: string; score: string; max: string }[];
}
export interface Finding {
  id: string;
  category: string;
  description: string;
  foundOn: string;
}
export type Survey = { surveyed: number; satisfied: number };
export interface Payment {
  id: string;
  quarter: number;
  date: string;
  amount: string;
  state: string;
  version: number;
  postingId: string | null;
  trace: TraceStepLike[];
  allowedActions: AllowedActionRow[];
}
export interface Assessment {
  id: string;
  year: number;
  state: string;
  version: number;
  regionId: string;
  contractId: string;
  total: string | null;
  feeDue: string | null;
  selfCheck: {
    scores: Record<string, Record<string, string>>;
    delivered: Record<string, { actual: string; evidence: string[] }>;
    surveys?: Record<string, Survey>;
    caseloads?: Record<string, number>;
  } | null;
  onSite: {
    fundLosses: { description: string; amount: string }[];
    corrections: Record<string, { from: string; to: string; reason: string }>;
  } | null;
  result: YearResult | null;
  trace: TraceStepLike[] | null;
  findings: Finding[];
  capStatus: {
    year: number;
    raisedFund: string;
    feesInYear: string;
    capRate: string | null;
    annualCap: string | null;
    remaining: string | null;
    citation: string;
  };
  payments: Payment[];
  allowedActions: AllowedActionRow[];
  history: { action: string; actorName: string; reason: string | null }[];
  contract: Contract;
}

const ACTIONS = 'allowedActions { action enabled blockedBy needsReason }';
const CONTRACT = `id number regionId tpaInstitutionId tpaInstitution { name } startDate endDate annualFee state version replacesContractId
  units weights schedule plan
  poorResultBelow rectificationDays commitments { id category description targetKind target unit direction measurement points }
  assessments { id year state total feeDue } rectifications { id score dueDate state version ${ACTIONS} } ${ACTIONS}
  history { action actorName reason }`;
const TRACE = 'trace { rule citation inputs output interpretation note }';

export const getContract = async (id: string) =>
  (await requestGraphQL<{ TpaContract: Contract }>(`query ($id: ID!) { TpaContract(id: $id) { ${CONTRACT} } }`, { id })).TpaContract;

export const getAssessment = async (id: string, capYear?: number) =>
  (
    await requestGraphQL<{ TpaAssessment: Assessment }>(
      `query ($id: ID!, $y: Int) { TpaAssessment(id: $id) { id year state version regionId contractId total feeDue selfCheck onSite result ${TRACE}
        findings { id category description foundOn } capStatus(year: $y) payments { id quarter date amount state version postingId ${TRACE} ${ACTIONS} } ${ACTIONS}
        history { action actorName reason } contract { ${CONTRACT} } } }`,
      { id, y: capYear ?? null },
    )
  ).TpaAssessment;

export const transitionContract = (id: string, action: string, v: number, reason?: string) =>
  requestGraphQL(
    'mutation ($id: ID!, $a: TpaContractAction!, $v: Int!, $r: String) { transitionTpaContract(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }',
    { id, a: action, v, r: reason || null },
  );
export const transitionRectification = (id: string, action: string, v: number, reason?: string) =>
  requestGraphQL(
    'mutation ($id: ID!, $a: TpaRectificationAction!, $v: Int!, $r: String) { transitionTpaRectification(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }',
    { id, a: action, v, r: reason || null },
  );
export const transitionPayment = (id: string, action: string, v: number, reason?: string) =>
  requestGraphQL(
    'mutation ($id: ID!, $a: TpaFeePaymentAction!, $v: Int!, $r: String) { transitionTpaFeePayment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }',
    { id, a: action, v, r: reason || null },
  );
export const reviewAssessment = (id: string, action: string, v: number, reason?: string) =>
  requestGraphQL(
    'mutation ($id: ID!, $a: TpaReviewAction!, $v: Int!, $r: String) { reviewTpaAssessment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }',
    { id, a: action, v, r: reason || null },
  );
export const openAssessment = (contractId: string, year: number) =>
  requestGraphQL<{ openTpaAssessment: { id: string } }>(
    'mutation ($c: ID!, $y: Int!) { openTpaAssessment(contractId: $c, year: $y) { id } }',
    {
      c: contractId,
      y: year,
    },
  );
export type ScoreRow = { unitId: string; areaId: string; score: string };
export const submitSelfCheck = (
  id: string,
  v: number,
  scores: ScoreRow[],
  delivered: { commitmentId: string; actual: string; evidenceIds: string[] }[],
  surveys: SurveyRow[],
  caseloads: CaseloadRow[],
) =>
  requestGraphQL(
    `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $d: [TpaDeliveredInput!]!, $u: [TpaSurveyInput!], $k: [TpaCaseloadInput!]) {
      submitTpaSelfCheck(id: $id, expectedVersion: $v, scores: $s, delivered: $d, surveys: $u, caseloads: $k) { id } }`,
    { id, v, s: scores, d: delivered, u: surveys, k: caseloads },
  );
export type SurveyRow = { unitId: string; surveyed: number; satisfied: number };
export type CaseloadRow = { unitId: string; cases: number };
export const submitOnSite = (
  id: string,
  v: number,
  scores: ScoreRow[],
  confirmations: { commitmentId: string; confirmed: boolean; actual?: string; reason?: string }[],
  fundLosses: { description: string; amount: string; findingId?: string | null }[],
  severeBreach: boolean,
  caseloads: CaseloadRow[],
) =>
  requestGraphQL(
    `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $c: [TpaConfirmationInput!]!, $l: [TpaFundLossInput!]!, $b: Boolean!,
      $k: [TpaCaseloadInput!]) {
      submitTpaOnSite(id: $id, expectedVersion: $v, scores: $s, confirmations: $c, fundLosses: $l, severeBreach: $b, caseloads: $k) { id } }`,
    { id, v, s: scores, c: confirmations, l: fundLosses, b: severeBreach, k: caseloads },
  );
export const proposePayment = (assessmentId: string, quarter: number, date: string) =>
  requestGraphQL('mutation ($a: ID!, $q: Int!, $d: String!) { proposeTpaFeePayment(assessmentId: $a, quarter: $q, date: $d) { id } }', {
    a: assessmentId,
    q: quarter,
    d: date,
  });
