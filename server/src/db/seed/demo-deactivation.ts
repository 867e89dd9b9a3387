import type { EntityManager } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import type { User } from '../../modules/auth/user.entity.js';
import { Institution } from '../../modules/institutions/institution.entity.js';

/** Demo data: an institution deactivated with its reason in its history (issue 8, defect 3: never deleted). */
export async function seedDeactivation(em: EntityManager, institution: Institution, by: User): Promise<void> {
  await em.update(Institution, { id: institution.id }, { state: 'inactive', version: institution.version + 1 });
  await em.insert(WorkflowStep, {
    workflow: 'institutionActivity',
    recordId: institution.id,
    action: 'deactivate',
    fromState: 'active',
    toState: 'inactive',
    actorId: by.id,
    actorName: by.username,
    reason: '服务协议因违规解除，机构停止长期护理服务（演示数据）',
    input: {},
    trace: [{ rule: 'demo.seed', citation: 'Product rule: demo data', inputs: {}, output: 'inactive', note: '演示数据 (demo data)' }],
  } as never);
}
