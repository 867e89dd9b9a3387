import type { EntityManager } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { ServiceAgreement } from '../../modules/agreements/agreement.entity.js';
import type { DemoAgreementPlan } from './demo-data.js';

interface Step {
  action: string;
  from: string;
  to: string;
  by: 'admin' | 'inspector';
  reason?: string;
  input?: Record<string, unknown>;
}

const ACTIVATE: Step = { action: 'activate', from: 'draft', to: 'active', by: 'inspector' };

/** Each plan's agreement and the steps that brought it there, as the workflow would have taken them. */
const PLANS: Record<Exclude<DemoAgreementPlan, 'none'>, { start: string; end: string; steps: Step[]; termination?: [string, string] }> = {
  active: { start: '2026-07-01', end: '2027-06-30', steps: [ACTIVATE] },
  expiring: { start: '2026-01-01', end: '2026-12-31', steps: [ACTIVATE] },
  draft: { start: '2027-01-01', end: '2027-12-31', steps: [] },
  suspended: {
    start: '2026-03-01',
    end: '2027-02-28',
    steps: [
      ACTIVATE,
      { action: 'suspend', from: 'active', to: 'suspended', by: 'inspector', reason: '日常稽核发现护理记录与服务时长不符，暂停协议待整改' },
    ],
  },
  terminated: {
    start: '2026-01-01',
    end: '2026-12-31',
    termination: ['violation', '2026-09-30'],
    steps: [
      ACTIVATE,
      {
        action: 'propose_termination',
        from: 'active',
        to: 'termination_pending',
        by: 'inspector',
        reason: '查实虚构护理服务骗取基金支付，依协议解除',
        input: { kind: 'violation', date: '2026-09-30' },
      },
      { action: 'approve_termination', from: 'termination_pending', to: 'terminated', by: 'admin' },
    ],
  },
};

/** The demo institution's agreement, numbered within its region, with its insert-only history. */
export async function seedDemoAgreement(
  em: EntityManager,
  institution: { id: string; regionId: string; countyId: string | null; kind?: string },
  plan: DemoAgreementPlan,
  serial: number,
  users: { admin: { id: string; username: string }; inspector: { id: string; username: string } },
): Promise<void> {
  if (plan === 'none') return;
  const spec = PLANS[plan];
  const last = spec.steps.at(-1);
  const saved = await em.save(
    em.create(ServiceAgreement, {
      institutionId: institution.id,
      regionId: institution.regionId,
      countyId: institution.countyId,
      number: `${institution.regionId === 'tumxuk' ? '图长护' : '秦长护'}协〔${spec.start.slice(0, 4)}〕${String(serial).padStart(3, '0')}号`,
      startDate: spec.start,
      endDate: spec.end,
      state: (last?.to ?? 'draft') as ServiceAgreement['state'],
      version: spec.steps.length + 1,
      preparedBy: users.admin.id,
      terminationKind: (spec.termination?.[0] ?? null) as ServiceAgreement['terminationKind'],
      terminationDate: spec.termination?.[1] ?? null,
      // Xinjiang art. 22: Tumxuk fixes no assessment fee; each assessment institution's agreement states it (demo figure)
      assessmentFee: institution.regionId === 'tumxuk' && institution.kind === 'assessment' ? '180.00' : null,
    }),
  );
  for (const step of spec.steps) {
    const actor = users[step.by];
    await em.insert(WorkflowStep, {
      workflow: 'serviceAgreement',
      recordId: saved.id,
      action: step.action,
      fromState: step.from,
      toState: step.to,
      actorId: actor.id,
      actorName: actor.username,
      reason: step.reason ?? null,
      input: step.input ?? {},
      trace: [{ rule: 'demo.seed', citation: 'Product rule: demo data', inputs: {}, output: step.to, note: '演示数据 (demo data)' }],
    } as never);
  }
}
