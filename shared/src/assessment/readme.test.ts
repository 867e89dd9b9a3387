import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { officialCalendar } from '../core/index.js';
import {
  assessmentDeadlines,
  assessmentFeePayer,
  checkAssessmentAdmissibility,
  disabilityGrade,
  drawAssessors,
  qinhuangdaoAssessmentParams,
} from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('assessment README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 18(2): README checkAssessmentAdmissibility example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = checkAssessmentAdmissibility(
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
      qinhuangdaoAssessmentParams,
    );
    if (r.ok) console.log(r.value.status, r.value.refusals.map((x) => `${x.ground} (${x.citation})`).join(', '));
    expect(printed()).toEqual(['refused disabilityTooShort (Qinhuangdao art. 18(2)), inHospital (Qinhuangdao art. 18(2))']);
  });

  it('Qinhuangdao art. 23–24: README assessmentDeadlines example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = assessmentDeadlines(
      { asOf: '2026-11-10', acceptanceDate: '2026-09-18', letterReceivedDate: '2026-11-06' },
      qinhuangdaoAssessmentParams,
      officialCalendar,
    );
    if (r.ok) for (const d of r.value.deadlines) console.log(d.key, d.due, d.status, d.severity);
    // letter 2026-11-06 (Fri) + 10 working days: 11-09..13 (5), 11-16..20 (10) → 2026-11-20
    expect(printed()).toEqual(['conclusionLetter 2026-11-05 late warning', 'disputeApplication 2026-11-20 open error']);
  });

  it('Qinhuangdao art. 27(4): README assessmentFeePayer example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = assessmentFeePayer({ kind: 'spotCheck', stateChanged: true }, qinhuangdaoAssessmentParams);
    if (r.ok) console.log(r.value.payer, r.value.amount, r.value.refund?.amount, r.value.refund?.citation);
    expect(printed()).toEqual(['fund 200.00 200.00 Qinhuangdao art. 27(4)']);
  });

  it('National standard 医保办发〔2021〕37号: README disabilityGrade example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = disabilityGrade(
      {
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
      },
      qinhuangdaoAssessmentParams,
    );
    if (r.ok)
      console.log(
        r.value.totals.adl,
        r.value.levels.adl,
        r.value.worseOfCognitionAndPerception,
        r.value.grade,
        r.value.label,
        r.value.qualifies,
      );
    // ADL 5+0+0+5+5+0+5+5+0+0 = 25 → severe; cognition 6 → mild; perception 11 → mild; matrix[severe][mild] = 3
    expect(printed()).toEqual(['25 severe mild 3 重度失能一级 true']);
  });

  it('Xinjiang art. 16: README drawAssessors example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = drawAssessors(
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
      qinhuangdaoAssessmentParams,
    );
    if (r.ok)
      console.log(
        r.value.drawn.join(','),
        r.value.candidates
          .filter((c) => !c.eligible)
          .map((c) => `${c.id}:${c.exclusions[0].reason}`)
          .join(' '),
      );
    expect(printed()).toEqual(['E1,R1 E2:removed R2:untrained']);
  });
});
