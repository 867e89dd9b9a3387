import type { EntityManager } from 'typeorm';
import { todayInChina } from '../../common/today.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import type { User } from '../../modules/auth/user.entity.js';
import { DesignationApplication } from '../../modules/designations/designation.entity.js';
import type { Institution } from '../../modules/institutions/institution.entity.js';

const day = (offset: number) => new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const FIVE = ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules'];

/**
 * Designation applications an inspector works on at login (Xinjiang art. 7–9): in each region one in
 * the materials check with the art. 7(6) material missing, and one under review, its annex 2 scorecard
 * pre-filled from the institution's records and waiting for the panel.
 */
export async function seedDemoDesignations(em: EntityManager, institutions: Institution[], inspector: User): Promise<void> {
  for (const regionId of ['qinhuangdao', 'tumxuk']) {
    const assessment = institutions.filter((i) => i.regionId === regionId && i.kind === 'assessment');
    const plans: [Institution | undefined, 'materials_check' | 'review'][] = [
      [assessment[0], 'review'],
      [assessment[1] ?? assessment[0], 'materials_check'],
    ];
    for (const [institution, state] of plans) {
      if (!institution) continue;
      const review = state === 'review';
      const app = await em.save(
        em.create(DesignationApplication, {
          institutionId: institution.id,
          regionId,
          countyId: institution.countyId,
          round: `${todayInChina().slice(0, 4)}-1`,
          applicationDate: day(review ? -45 : -12),
          annex1: { ownership: '民营', profitNature: '营利', foundedOn: '2024-03-01', contactPerson: '张主任' },
          materials: review ? [...FIVE, 'itSystem'] : FIVE,
          state,
          acceptedOn: day(review ? -40 : -10),
          // the review one supplemented its materials for 9 days: the art. 8 clock stood still meanwhile
          pauses: review ? [{ from: day(-35), to: day(-26) }] : [],
          preparedBy: inspector.id,
          version: review ? 5 : 2,
        }),
      );
      const steps: [string, string, string, number][] = review
        ? [
            ['accept', 'submitted', 'materials_check', -40],
            ['request_supplement', 'materials_check', 'supplementing', -35],
            ['receive_supplement', 'supplementing', 'materials_check', -26],
            ['pass_materials', 'materials_check', 'review', -25],
          ]
        : [['accept', 'submitted', 'materials_check', -10]];
      for (const [action, from, to] of steps)
        await em.insert(WorkflowStep, {
          workflow: 'designationApplication',
          recordId: app.id,
          action,
          fromState: from,
          toState: to,
          actorId: inspector.id,
          actorName: inspector.username,
          reason: null,
          input: {},
          trace: [],
        } as never);
    }
  }
}
