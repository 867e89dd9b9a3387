import {
  type ApplicationState,
  type AssessorCandidate,
  addDays,
  type DisabilityItemScores,
  disabilityGrade,
  drawAssessors,
  policyPack,
  poolCandidate,
} from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { AssessmentApplication } from '../../modules/assessments/application.entity.js';
import type { User } from '../../modules/auth/user.entity.js';

/** By hand from the national standard: ADL 25 (severe), cognition 6 and perception 8 (mild) → grade 3, 重度失能一级. */
const SCORES: DisabilityItemScores = {
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
  perception: { vision: 3, hearing: 3, communication: 2 },
};

const PATH: [action: string, from: ApplicationState, to: ApplicationState][] = [
  ['accept', 'submitted', 'accepted'],
  ['forward', 'accepted', 'forwarded'],
  ['dispatch', 'forwarded', 'dispatched'],
  ['draw', 'dispatched', 'drawn'],
  ['record_onsite', 'drawn', 'assessed'],
  ['conclude', 'assessed', 'concluded'],
];

/**
 * Applications at each step an officer or the TPA works on at login (issue 11, items 2–4): one
 * accepted and due to be forwarded, one forwarded and due for dispatch (in each region), one with
 * its assessors drawn awaiting the on-site record, one concluded by another officer awaiting the
 * city review. Each carries the history of the steps behind it.
 */
export async function seedDemoAssessments(
  em: EntityManager,
  users: Record<'officer' | 'admin' | 'tpa', User>,
  today: string,
): Promise<void> {
  const pick = async (regionId: string, n: number): Promise<{ id: string; county_id: string | null }[]> =>
    em.query(
      `SELECT id, county_id FROM claimants WHERE region_id = $1 AND eligibility_status = 'active' AND death_date IS NULL
         AND NOT (eligibility_suspended && ARRAY['hospital']) ORDER BY id LIMIT $2`,
      [regionId, n],
    );
  const institution = async (regionId: string): Promise<string | null> =>
    (
      await em.query(
        `SELECT i.id FROM institutions i WHERE i.kind = 'assessment' AND i.region_id = $1
           AND EXISTS (SELECT 1 FROM service_agreements g WHERE g.institution_id = i.id AND g.state = 'active') ORDER BY i.id DESC LIMIT 1`,
        [regionId],
      )
    )[0]?.id ?? null;
  const plans: { regionId: string; state: ApplicationState; by: User }[] = [
    { regionId: 'qinhuangdao', state: 'accepted', by: users.officer },
    { regionId: 'qinhuangdao', state: 'forwarded', by: users.officer },
    { regionId: 'qinhuangdao', state: 'drawn', by: users.officer },
    { regionId: 'qinhuangdao', state: 'concluded', by: users.admin },
    { regionId: 'tumxuk', state: 'forwarded', by: users.admin },
  ];
  const claimants = { qinhuangdao: await pick('qinhuangdao', 4), tumxuk: await pick('tumxuk', 1) };
  const used = { qinhuangdao: 0, tumxuk: 0 };
  for (const plan of plans) {
    const region = plan.regionId as 'qinhuangdao' | 'tumxuk';
    const claimant = claimants[region][used[region]++];
    const inst = await institution(region);
    const pack = policyPack(region, today);
    if (!claimant || !inst || !pack.ok) continue;
    const params = pack.value.assessment;
    const steps = PATH.slice(0, PATH.findIndex(([, , to]) => to === plan.state) + 1);
    const did = (a: string) => steps.some(([action]) => action === a);
    const row: Partial<AssessmentApplication> = {
      regionId: region,
      countyId: claimant.county_id,
      claimantId: claimant.id,
      kind: 'initial',
      state: plan.state,
      version: steps.length + 1,
      preparedBy: users.tpa.id,
      appliedOn: addDays(today, -12),
      disabilitySince: addDays(today, -400),
      conditionStable: true,
      acceptedOn: addDays(today, plan.state === 'accepted' ? -4 : -10),
      forwardedOn: did('forward') ? addDays(today, -8) : null,
      institutionId: did('dispatch') ? inst : null,
      dispatchedOn: did('dispatch') ? addDays(today, -6) : null,
    };
    if (did('draw')) {
      const pool: AssessorCandidate[] = (
        await em.query(
          `SELECT s.id, s.role, s.removed_for, EXISTS (SELECT 1 FROM assessor_trainings t WHERE t.staff_id = s.id AND t.passed) AS trained
             FROM staff s WHERE s.institution_id = $1 AND s.role IN ('assessor', 'expert') ORDER BY s.id`,
          [inst],
        )
      ).map((r: { id: string; role: string; removed_for: null; trained: boolean }) =>
        poolCandidate({ id: r.id, role: r.role, institutionId: inst, removedFor: r.removed_for, trained: r.trained }),
      );
      const seed = 20261201 + used[region];
      const draw = drawAssessors({ seed, kind: 'initial', pool }, params);
      if (!draw.ok) continue;
      Object.assign(row, {
        drawSeed: seed,
        drawCandidates: draw.value.candidates,
        drawTrace: draw.trace,
        drawWarnings: draw.value.warnings,
        drawnIds: draw.value.drawn,
        drawnExpertIds: draw.value.drawnExperts,
        drawnAt: new Date(),
        drawnBy: users.tpa.id,
      });
      if (did('record_onsite')) {
        const grade = disabilityGrade(SCORES, params);
        if (!grade.ok) continue;
        const experts = draw.value.candidates.filter((c) => c.isExpert && c.eligible).map((c) => c.id);
        Object.assign(row, {
          onsiteOn: addDays(today, -3),
          onsiteScores: SCORES,
          guardianPresent: true,
          presentPerson: '女儿（监护人）',
          onsiteNotes: '长期卧床，需协助进食、如厕。',
          computedGrade: grade.value.grade,
          gradeTrace: grade.trace,
          recordedGrade: grade.value.grade,
          confirmingExpertIds: experts.slice(0, 2),
          concludedOn: addDays(today, -1),
        });
      }
    }
    const saved = await em.save(em.create(AssessmentApplication, row));
    for (const [action, from, to] of steps) {
      const actor = action === 'dispatch' || action === 'draw' || action === 'record_onsite' ? users.tpa : plan.by;
      await em.insert(WorkflowStep, {
        workflow: 'assessmentApplication',
        recordId: saved.id,
        action,
        fromState: from,
        toState: to,
        actorId: actor.id,
        actorName: actor.username,
        reason: null,
        input: {},
        trace: [],
      } as never);
    }
  }
}
