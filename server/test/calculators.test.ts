import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let inspector: string;
beforeAll(async () => {
  server = await startTestServer();
  inspector = await server.login('inspector');
});
afterAll(() => server?.stop());

const QUOTE =
  'query ($r: ID!, $d: String!, $i: JSON!) { quoteBenefit(regionId: $r, date: $d, input: $i) { value trace { rule citation } } }';
const GRADE =
  'query ($r: ID!, $d: String!, $s: JSON!) { disabilityGrade(regionId: $r, date: $d, itemScores: $s) { value trace { citation } } }';

const adl = (scores: Partial<Record<string, number>>) => ({
  eating: 0,
  dressing: 0,
  faceAndMouth: 0,
  bowel: 0,
  bladder: 0,
  toilet: 0,
  levelWalking: 0,
  bedChairTransfer: 0,
  stairs: 0,
  bathing: 0,
  ...scores,
});
const intactCognition = { timeOrientation: 4, personOrientation: 4, placeOrientation: 4, memory: 4 };
const intactPerception = { vision: 4, hearing: 4, communication: 4 };

describe('policy calculators over GraphQL', () => {
  it('Qinhuangdao art. 31(1)1 and art. 33: a medical-institution month, 3000 care + 500 bed → bed excluded, 70% × 3000 = 2100 capped at 1800', async () => {
    const input = {
      insuredCategory: 'employee',
      careMode: 'institution',
      institutionSubtype: 'medical',
      grade: 3,
      month: '2027-03',
      lines: [
        { category: 'care', amount: '3000.00' },
        { category: 'bed', amount: '500.00' },
      ],
    };
    const res = await server.graphql(QUOTE, { r: 'qinhuangdao', d: '2027-03-01', i: input }, inspector);
    expect(res.errors).toBeUndefined();
    expect(res.data?.quoteBenefit.value).toMatchObject({
      eligibleCost: '3000.00',
      excludedCost: '500.00',
      fundPays: '1800.00',
      claimantPays: '1200.00',
      claimantPaysTotal: '1700.00',
    });
    const citations = res.data?.quoteBenefit.trace.map((s: { citation: string }) => s.citation).join(' | ');
    expect(citations).toContain('Qinhuangdao art. 31(1)');
    expect(citations).toContain('Qinhuangdao art. 33');
  });

  it('National standard: ADL 40 (severe) with intact cognition and perception → grade 3 (severe I)', async () => {
    const scores = {
      adl: adl({ eating: 10, dressing: 10, bowel: 10, bladder: 10 }),
      cognition: intactCognition,
      perception: intactPerception,
    };
    const res = await server.graphql(GRADE, { r: 'qinhuangdao', d: '2026-08-01', s: scores }, inspector);
    expect(res.data?.disabilityGrade.value).toMatchObject({ grade: 3 });
  });

  it('an item score outside its allowed values is BAD_USER_INPUT naming the item, never clamped', async () => {
    const scores = { adl: adl({ eating: 7 }), cognition: { ...intactCognition, memory: 9 }, perception: intactPerception };
    const res = await server.graphql(GRADE, { r: 'qinhuangdao', d: '2026-08-01', s: scores }, inspector);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = Object.keys(res.errors?.[0].extensions.fields ?? {}).join(' ');
    expect(fields).toContain('eating');
    expect(fields).toContain('memory');
  });

  it('a date before the pack is in force is BAD_USER_INPUT; another region is FORBIDDEN', async () => {
    const scores = { adl: adl({}), cognition: intactCognition, perception: intactPerception };
    expect((await server.graphql(GRADE, { r: 'qinhuangdao', d: '2025-01-01', s: scores }, inspector)).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await server.graphql(GRADE, { r: 'tumxuk', d: '2026-10-01', s: scores }, inspector)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('Changzhou item 4(5): a return rate of 12% against the mean of 12% and 4% (8%) costs 4 points: 80 − 4 = 76', async () => {
    const input = {
      institutionId: 'A',
      year: 2024,
      events: [],
      returnRates: [
        { institutionId: 'A', returned: 12, submitted: 100 },
        { institutionId: 'B', returned: 4, submitted: 100 },
      ],
      satisfactionRate: '0.95',
      districtsServedWithoutRefusal: 0,
      internalTrainingsHeld: 2,
      noHolidaySuspension: false,
    };
    const res = await server.graphql(
      'query ($i: JSON!) { scorecardPreview(templateId: "changzhou-annual-2024", input: $i) { value } }',
      { i: input },
      inspector,
    );
    expect(res.errors).toBeUndefined();
    expect(Number(res.data?.scorecardPreview.value.total)).toBe(76);
  });

  it('an unknown scorecard template is NOT_FOUND', async () => {
    const res = await server.graphql('{ scorecardPreview(templateId: "nope", input: {}) { value } }', {}, inspector);
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
