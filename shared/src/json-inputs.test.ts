import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  agreementTermIssues,
  annualCap,
  applyPackOverrides,
  assessmentDeadlines,
  assessmentFeePayer,
  benefitDates,
  changzhouAnnual2024,
  checkAgreementTerm,
  checkAssessmentAdmissibility,
  checkDesignationEligibility,
  checkRoleConflicts,
  commitmentFulfilment,
  computeContribution,
  creditCodeIssues,
  decideTransition,
  designationBarsFromAgreements,
  designationTimeline,
  disabilityGrade,
  drawAssessors,
  fundIndicators,
  homeVisitPayments,
  infoChangeDeadline,
  institutionRecordIssues,
  institutionStatusFromAgreements,
  officialCalendar,
  type PolicyIssue,
  policyPack,
  qinhuangdaoAssessmentParams,
  qinhuangdaoBenefitParams,
  qinhuangdaoEligibilityParams,
  qinhuangdaoFundParams,
  qinhuangdaoInstitutionParams,
  quoteBenefit,
  rankReviews,
  reconcileAccounts,
  SERVICE_AGREEMENT_WORKFLOW,
  scoreAnnual,
  scoreReview,
  scoreScorecard,
  scoreTpa,
  tpaFee,
  tpaFeeCap,
  tumxukBenefitParams,
  tumxukContributionParams,
  tumxukInstitutionParams,
  waitingPeriodEnd,
  workingDaysBetween,
} from './index.js';

/**
 * Product rule: every entry point answers any value with a PolicyResult (issues for what is
 * wrong, each with a stable code and a path) and never throws. The server hands them JSON from a
 * request, and a throw would reach the user as a 500. The odd values are those JSON can carry,
 * plus what GraphQLJSON makes of a literal: objects without a prototype, on which `String(value)`
 * throws.
 */
const nullPrototype = (fields: Record<string, unknown> = {}) => Object.assign(Object.create(null), fields) as unknown;
const oddValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '-1.00', '1e400', 'NaN', '2026-02-30', '9999-99'),
  fc.constant([null]),
  fc.constant({}),
  fc.constant([]),
  fc.constant(nullPrototype()),
  fc.constant([nullPrototype({ type: 'x' })]),
  fc.constant(nullPrototype({ toString: 1, valueOf: null })),
  fc.array(fc.anything({ withNullPrototype: true }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'type', 'amount', 'x'), fc.anything({ withNullPrototype: true }), {
    maxKeys: 3,
  }),
);

type Path = (string | number)[];

/** Every place in the arguments: each argument and everything inside it. */
function placesIn(args: unknown[]): Path[] {
  const paths: Path[] = [];
  const collect = (value: unknown, at: Path) => {
    paths.push(at);
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) collect(v, [...at, Array.isArray(value) ? Number(k) : k]);
  };
  for (const [i, arg] of args.entries()) collect(arg, [i]);
  return paths;
}

/** The arguments with the value at one place replaced. */
function mutate(args: unknown[], choice: number, replacement: unknown): unknown[] {
  const paths = placesIn(args);
  const path = paths[choice % paths.length];
  const copy = structuredClone(args) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy as unknown as unknown[];
}

/** The arguments with one more field, possibly a prototype key, on one of their objects (an own field, as JSON.parse makes it). */
function withField(args: unknown[], choice: number, key: string, value: unknown): unknown[] {
  const copy = structuredClone(args);
  const objects = placesIn(copy)
    .map((path) => path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy))
    .filter((node): node is object => !!node && typeof node === 'object' && !Array.isArray(node));
  if (objects.length)
    Object.defineProperty(objects[choice % objects.length], key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The value as GraphQLJSON parses a literal: every object without a prototype. */
function asLiteral(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asLiteral);
  if (!value || typeof value !== 'object') return value;
  return Object.assign(Object.create(null), Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asLiteral(v)])));
}

const qinhuangdaoQuote = {
  insuredCategory: 'employee',
  careMode: 'institution',
  institutionSubtype: 'integrated',
  grade: 4,
  month: '2026-09',
  serviceDays: 17,
  lines: [
    { category: 'care', amount: '1300.00' },
    { category: 'bed', amount: '390.00' },
  ],
};
const itemScores = {
  adl: {
    eating: 5,
    dressing: 0,
    faceAndMouth: 0,
    bowel: 5,
    bladder: 5,
    toilet: 0,
    levelWalking: 5,
    bedChairTransfer: 5,
    stairs: 0,
    bathing: 0,
  },
  cognition: { timeOrientation: 2, personOrientation: 2, placeOrientation: 1, memory: 1 },
  perception: { vision: 4, hearing: 4, communication: 3 },
};
const tumxukQuote = {
  insuredCategory: 'employee',
  careMode: 'institution',
  grade: 5,
  month: '2026-10',
  lines: [{ category: 'care', amount: '1000.00' }],
  annualCap: { perCapitaIncome: '28000.00', paidYearToDate: '0.00' },
  consecutiveContributionYears: 0,
};
const annual = {
  institutionId: 'A',
  year: 2024,
  events: [{ type: 'lateOnSiteVisit' }, { type: 'conductComplaint', flags: { verified: true } }, { type: 'extraOrders', units: 120 }],
  returnRates: [
    { institutionId: 'A', returned: 12, submitted: 100 },
    { institutionId: 'B', returned: 4, submitted: 100 },
  ],
  satisfactionRate: '0.88',
  districtsServedWithoutRefusal: 4,
  internalTrainingsHeld: 2,
  noHolidaySuspension: true,
  cityShortOfAssessmentCapacity: true,
};
const commitments = [
  { id: 'c1', area: 'staffing', description: '≥ 12 staff', target: '12', actual: '13', direction: 'atLeast', evidence: ['roster'] },
  { id: 'c2', area: 'dailyOperation', description: '≤ 2 complaints', target: '2', actual: '3', direction: 'atMost', evidence: [] },
];
const tpa = {
  tpaId: 'T1',
  year: 2024,
  weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
  headOffice: { unitId: 'HQ', events: [{ type: 'internalSystemsDeficiency', points: '3' }], satisfactionRate: '0.9' },
  districtSubCentres: [
    { unitId: 'D1', score: '80' },
    { unitId: 'D2', score: '70' },
  ],
  cityCentre: { unitId: 'CITY', score: '85' },
  commitments,
  midYearReplacement: { replacedOn: '2024-07-01', role: 'incoming' },
};
const review = {
  applicantId: 'P1',
  applicationDate: '2026-03-01',
  basic: {
    credentialsLicence: true,
    credentialsRegistered: true,
    premises: true,
    staffCertified: true,
    systems: true,
    informationTechnology: true,
    archives: true,
  },
  refusalGrounds: [],
  premises: {
    floorAreaM2: 95,
    tenure: 'leased',
    leaseEndsOn: '2028-03-01',
    zones: ['consultation', 'office', 'archive'],
    homeVisitKit: true,
    dedicatedFullTimeManager: true,
  },
  staff: {
    fullTimeAssessors: 3,
    fullTimeExperts: 2,
    fullTimeManagers: 2,
    itStaff: 1,
    assessmentStaff: 6,
    certifiedAssessmentStaff: 6,
    seniorTitleAssessmentStaff: 2,
  },
  systemsPostedPublicly: 4,
  informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: true, namedSecurityPerson: true },
  archives: { electronicFilePerClaimant: true },
};
const designation = {
  applicationDate: '2026-06-01',
  independentLegalPerson: true,
  registeredInRegionOn: '2026-03-01',
  staff: [
    { id: 'S1', role: 'expert', title: 'senior', yearsInField: 10, qualified: true },
    { id: 'S2', role: 'expert', title: 'intermediate', yearsInField: 5, qualified: true },
    { id: 'M1', role: 'ltciManager' },
    { id: 'IT1', role: 'it' },
  ],
  premises: { fixedOffice: true, tenure: 'owned' },
  equipmentReady: true,
  platformReady: true,
  managementSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff', 'archives', 'disputes'],
  materialsProvided: ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules'],
  dishonestListed: false,
  underInvestigation: false,
  ownerSetUpCareInstitution: true,
};
const reconciliation = {
  asOf: '2026-09-30',
  accounts: [
    { id: 'special', level: 'special', openingBalance: '0.00', reportedBalance: '400.00' },
    { id: 'city', level: 'cityExpenditure', openingBalance: '0.00', reportedBalance: '150.00' },
    { id: 'tax', level: 'external' },
  ],
  transfers: [
    {
      id: 't1',
      date: '2026-07-10',
      kind: 'collection',
      legs: [
        { account: 'tax', amount: '-1000.00' },
        { account: 'special', amount: '1000.00' },
      ],
    },
    {
      id: 't2',
      date: '2026-07-20',
      kind: 'allocation',
      legs: [
        { account: 'special', amount: '-600.00' },
        { account: 'city', amount: '600.00' },
      ],
    },
  ],
};
/** What the server reads from the record and the session; the caller sends only the action, the reason and the input. */
const agreementContext = {
  state: 'active',
  actor: { id: 'u-inspector', roles: ['inspector'] },
  preparedBy: 'u-officer',
  facts: {
    asOf: '2026-10-01',
    number: '兵团三师评协〔2026〕1号',
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    otherAgreementInForce: false,
  },
  history: [{ action: 'activate', from: 'draft', to: 'active', actorId: 'u-officer' }],
};
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const version = policyPack('qinhuangdao', '2027-01-01');
if (!version.ok) throw new Error('the shipped pack must load');

type Run = (...args: never[]) => { ok: true } | { ok: false; issues: PolicyIssue[] };
/** Each entry point with valid arguments (from shared/README.md); the rule's own parameters stay as shipped. */
const entryPoints: [string, unknown[], Run][] = [
  ['policyPack', ['tumxuk', '2028-05-01'], (region, date) => policyPack(region, date)],
  [
    'applyPackOverrides',
    [{ contributions: { hardshipSubsidies: { minimumLivingAllowance: { amount: '20.00' } } } }],
    (o) => applyPackOverrides(version.value, o),
  ],
  ['addWorkingDays', ['2026-09-30', 1], (start, n) => addWorkingDays(start, n, officialCalendar)],
  ['workingDaysBetween', ['2026-09-30', '2026-10-09'], (from, to) => workingDaysBetween(from, to, officialCalendar)],
  [
    'computeContribution',
    [{ category: 'resident', year: 2028, disposableIncome: '30000.00', hardshipGroup: 'minimumLivingAllowance' }],
    (i) => computeContribution(i, tumxukContributionParams),
  ],
  ['waitingPeriodEnd', [{ category: 'employee', firstArrival: '2026-07-15' }], (i) => waitingPeriodEnd(i, qinhuangdaoEligibilityParams)],
  [
    'benefitDates',
    [
      {
        category: 'employee',
        events: [
          { type: 'conclusion', date: '2027-03-10', severe: true, grade: 3 },
          { type: 'carePlanAccepted', date: '2027-03-10', careMode: 'institution', institution: 'A' },
          { type: 'hospitalAdmission', date: '2027-06-10' },
          { type: 'hospitalDischarge', date: '2027-06-20' },
        ],
      },
    ],
    (i) => benefitDates(i, qinhuangdaoEligibilityParams),
  ],
  [
    'checkAssessmentAdmissibility',
    [
      {
        checkedOn: '2026-08-03',
        insured: true,
        inWaitingPeriod: false,
        disabilitySince: '2026-05-01',
        conditionStable: true,
        inHospital: true,
        missingMaterials: [],
        materialsForged: false,
        disabilityFromWorkInjury: false,
      },
    ],
    (i) => checkAssessmentAdmissibility(i, qinhuangdaoAssessmentParams),
  ],
  [
    'assessmentDeadlines',
    [{ asOf: '2026-11-10', acceptanceDate: '2026-09-18', letterReceivedDate: '2026-11-06' }],
    (i) => assessmentDeadlines(i, qinhuangdaoAssessmentParams, officialCalendar),
  ],
  ['assessmentFeePayer', [{ kind: 'spotCheck', stateChanged: true }], (i) => assessmentFeePayer(i, qinhuangdaoAssessmentParams)],
  ['disabilityGrade', [itemScores], (i) => disabilityGrade(i, qinhuangdaoAssessmentParams)],
  [
    'drawAssessors',
    [
      {
        seed: 20260801,
        kind: 'initial',
        pool: [
          { id: 'E1', isExpert: true, trained: true },
          { id: 'E2', isExpert: true, trained: true, removedFor: 'falseReport' },
          { id: 'R1', isExpert: false, trained: true },
          { id: 'R2', isExpert: false, trained: false },
        ],
      },
    ],
    (i) => drawAssessors(i, qinhuangdaoAssessmentParams),
  ],
  ['quoteBenefit (Qinhuangdao)', [qinhuangdaoQuote], (i) => quoteBenefit(i, qinhuangdaoBenefitParams)],
  ['quoteBenefit (Tumxuk)', [tumxukQuote], (i) => quoteBenefit(i, tumxukBenefitParams)],
  ['annualCap', [4, '28000.00'], (grade, income) => annualCap(grade, income, tumxukBenefitParams)],
  [
    'homeVisitPayments',
    [
      {
        month: '2026-09',
        wholeMonth: true,
        visits: [
          { date: '2026-09-01', minutes: 120, billed: '130.00' },
          { date: '2026-09-04', minutes: 90, billed: '130.00' },
        ],
      },
    ],
    (i) => homeVisitPayments(i, qinhuangdaoBenefitParams),
  ],
  [
    'fundIndicators',
    [
      {
        launchMonth: '2026-07',
        asOfMonth: '2026-09',
        months: [
          { month: '2026-07', income: '3000000.00', expenditure: '200000.00' },
          { month: '2026-08', income: '500000.00', expenditure: '400000.00' },
          { month: '2026-09', income: '300000.00', expenditure: '600000.00' },
        ],
        balance: '2600000.00',
      },
    ],
    (i) => fundIndicators(i, qinhuangdaoFundParams),
  ],
  [
    'tpaFeeCap',
    [{ year: 2027, quarter: 4, raisedFund: '10000000.00', feesPaidThisYear: '420000.00', quarterFee: '130000.00' }],
    (i) => tpaFeeCap(i, qinhuangdaoFundParams),
  ],
  ['reconcileAccounts', [reconciliation], (i) => reconcileAccounts(i, qinhuangdaoFundParams)],
  ['checkRoleConflicts', [{ roles: ['care', 'tpa'] }], (i) => checkRoleConflicts(i, qinhuangdaoInstitutionParams)],
  ['checkDesignationEligibility', [designation], (i) => checkDesignationEligibility(i, tumxukInstitutionParams)],
  [
    'infoChangeDeadline',
    [{ approvalDate: '2026-09-15', changes: ['bankAccount'], appliedOn: '2026-11-03' }],
    (i) => infoChangeDeadline(i, tumxukInstitutionParams, officialCalendar),
  ],
  [
    'designationTimeline',
    [
      {
        acceptanceDate: '2026-03-10',
        supplementPeriods: [{ from: '2026-04-01', to: '2026-04-15' }],
        publicityStart: '2026-07-01',
        agreementStart: '2026-08-01',
      },
    ],
    (i) => designationTimeline(i, tumxukInstitutionParams),
  ],
  ['creditCodeIssues', ['91350100M000100Y43'], (code) => listed(creditCodeIssues(code))],
  [
    'institutionRecordIssues',
    [
      {
        kind: 'assessment',
        careSubtype: null,
        name: '测试评估中心',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '王某',
        address: '秦皇岛市海港区',
        regionId: 'qinhuangdao',
        status: 'active',
      },
    ],
    (draft) => listed(institutionRecordIssues(draft)),
  ],
  [
    'checkAgreementTerm',
    [{ number: 'XJ-2026-001', startDate: '2026-09-01', endDate: '2027-12-31' }],
    (draft) => checkAgreementTerm(draft, tumxukInstitutionParams),
  ],
  [
    'agreementTermIssues',
    [{ number: 'XJ-2026-001', startDate: '2026-09-01', endDate: '2027-08-31' }],
    (d) => listed(agreementTermIssues(d)),
  ],
  [
    'institutionStatusFromAgreements',
    [
      [
        { id: 'A1', state: 'expired', startDate: '2025-09-01', endDate: '2026-08-31' },
        { id: 'A2', state: 'suspended', startDate: '2026-09-01', endDate: '2027-08-31' },
      ],
      '2026-10-01',
    ],
    (agreements, asOf) => institutionStatusFromAgreements(agreements, asOf),
  ],
  [
    'designationBarsFromAgreements',
    [
      [
        {
          id: 'A1',
          state: 'terminated',
          startDate: '2025-09-01',
          endDate: '2026-08-31',
          terminationKind: 'severe_breach',
          terminationDate: '2026-03-15',
        },
      ],
    ],
    (agreements) => designationBarsFromAgreements(agreements),
  ],
  [
    'decideTransition (service agreement): what the caller sends',
    [{ action: 'propose_termination', reason: '伪造评估结论', input: { kind: 'violation', date: '2026-10-15' } }],
    (sent: unknown) => decideTransition(SERVICE_AGREEMENT_WORKFLOW, (isRecord(sent) ? { ...agreementContext, ...sent } : sent) as never),
  ],
  ['scoreAnnual', [annual], (i) => scoreAnnual(i)],
  ['scoreReview', [review], (i) => scoreReview(i)],
  ['rankReviews', [[review, { ...review, applicantId: 'P2', refusalGrounds: ['12(6)'] }]], (list) => rankReviews(list)],
  [
    'scoreScorecard',
    [
      {
        events: [{ type: 'dispatchRefused' }, { type: 'dispatchRefused' }],
        facts: {
          returnRates: { subjectId: 'A', records: [{ id: 'A', count: 0, base: 10 }] },
          satisfactionRate: '0.95',
          districtsServedWithoutRefusal: 3,
          internalTrainingsHeld: 2,
          noHolidaySuspension: false,
        },
      },
    ],
    (i) => scoreScorecard(i, changzhouAnnual2024),
  ],
  ['scoreTpa', [tpa], (i) => scoreTpa(i)],
  ['commitmentFulfilment', [commitments], (list) => commitmentFulfilment(list)],
  [
    'tpaFee',
    [
      {
        contractFee: '1200000.00',
        score: '78.5',
        schedule: [
          { minScore: '90', payRate: '1' },
          { minScore: '0', payRate: '0.7' },
        ],
        fundLosses: [{ description: 'duplicate payment', amount: '12345.67' }],
        poorResultBelow: '80',
        severeBreach: false,
      },
    ],
    (i) => tpaFee(i),
  ],
];

/** A function that answers a list of issues, as a result. */
const listed = (issues: PolicyIssue[]) => ({ ok: issues.length === 0, issues });

function answers(run: Run, args: unknown[]): void {
  const result = run(...(args as never[]));
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue).toMatchObject({ path: expect.any(String), code: expect.any(String) });
  }
}

describe('Product rule: JSON from a request never makes an entry point throw', () => {
  it.each(entryPoints)('%s accepts its README example', (_name, args, run) => {
    expect(run(...(args as never[])).ok).toBe(true);
  });

  it.each(entryPoints)('%s answers its README example given as a GraphQL literal exactly as given as JSON', (_name, args, run) => {
    expect(JSON.stringify(run(...(args.map(asLiteral) as never[])))).toBe(JSON.stringify(run(...(args as never[]))));
  });

  it.each(entryPoints)('%s answers issues, not an exception, for any value at any place', (_name, args, run) => {
    fc.assert(
      fc.property(fc.nat(), oddValue, (choice, value) => answers(run, mutate(args, choice, value))),
      { numRuns: 300 },
    );
  });

  it.each(entryPoints)('%s answers issues, not an exception, for an extra field on any object', (_name, args, run) => {
    const key = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'x');
    fc.assert(
      fc.property(fc.nat(), key, oddValue, (choice, k, value) => answers(run, withField(args, choice, k, value))),
      { numRuns: 150 },
    );
  });

  it.each(entryPoints)('%s answers issues for any value whatever in any argument', (_name, args, run) => {
    fc.assert(
      fc.property(fc.nat(), fc.anything({ withNullPrototype: true }), (choice, value) =>
        answers(
          run,
          args.map((arg, i) => (i === choice % args.length ? value : arg)),
        ),
      ),
      { numRuns: 150 },
    );
  });
});

describe('Product rule: a list as long as a request can carry (1 MB) is checked in linear time', () => {
  const n = 30_000;
  const issuesOf = (r: { ok: true } | { ok: false; issues: PolicyIssue[] }) => (r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`));

  it('Tianjin art. 18: 30,000 fee bands, the last starting where the first does, answer at once with that one band', () => {
    const schedule = Array.from({ length: n }, (_, i) => ({ minScore: `${(i / 1000).toFixed(3)}`, payRate: '1' }));
    schedule.push({ minScore: '0.0', payRate: '1' });
    const r = tpaFee({ contractFee: '1.00', score: '1', schedule, fundLosses: [], poorResultBelow: '1', severeBreach: false } as never);
    expect(issuesOf(r)).toEqual([`schedule.${n}.minScore:NOT_ALLOWED`]);
  }, 10_000);

  it('Tianjin art. 11: 30,000 commitments with one id twice answer at once', () => {
    const list = Array.from({ length: n }, (_, i) => ({ ...commitments[0], id: `c${i}` }));
    list.push({ ...commitments[0], id: 'c0' });
    expect(issuesOf(commitmentFulfilment(list as never))).toEqual([`commitments.${n}.id:NOT_ALLOWED`]);
  }, 10_000);

  it('Changzhou item 4(5): 30,000 return records with one institution twice answer at once', () => {
    const returnRates = Array.from({ length: n }, (_, i) => ({ institutionId: i ? `I${i}` : 'A', returned: 1, submitted: 2 }));
    returnRates.push({ institutionId: 'I1', returned: 1, submitted: 2 });
    expect(issuesOf(scoreAnnual({ ...annual, returnRates } as never))).toEqual([`returnRates.${n}.institutionId:NOT_ALLOWED`]);
  }, 10_000);
});
