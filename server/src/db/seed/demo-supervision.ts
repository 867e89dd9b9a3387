import { addDays, drawTargets } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { Scope } from '../../common/scope.js';
import { runTransition } from '../../common/workflow/run-transition.js';
import type { User } from '../../modules/auth/user.entity.js';
import type { Institution } from '../../modules/institutions/institution.entity.js';
import { Inspection, InspectionFinding } from '../../modules/supervision/inspection.entity.js';
import { INSPECTION_TRANSITIONS } from '../../modules/supervision/inspection.service.js';
import { Publication } from '../../modules/supervision/publication.entity.js';
import { snapshot } from '../../modules/supervision/publication.service.js';
import { Rectification } from '../../modules/supervision/rectification.entity.js';

const callerOf = (user: User, regionIds: string[]): Caller => ({
  id: user.id,
  username: user.username,
  roles: user.roles,
  regionIds,
  counties: [],
  mustChangePassword: false,
});

const CHECKLIST = ['服务协议与资质在有效期内', '护理人员持证上岗', '服务记录与结算清单一致', '参保人信息安全管理'];

/**
 * Supervision for the inspector's first day (Qinhuangdao art. 67–68, 73): a random spot check
 * planned (its seed recorded), a daily round under way with a finding and an open rectification
 * due in 10 days (on the to-do list), and the institution directory published for the public page.
 */
export async function seedDemoSupervision(
  em: EntityManager,
  institutions: Institution[],
  people: { admin: User; inspector: User; inspector2: User },
  today: string,
): Promise<void> {
  const qhd = institutions.filter((i) => i.regionId === 'qinhuangdao' && i.state !== 'inactive');
  if (!qhd.length) return;
  const inspectors = {
    inspectorIds: [people.inspector.id, people.inspector2.id],
    inspectorNames: [people.inspector.displayName, people.inspector2.displayName],
  };
  const drawn = drawTargets(
    qhd.map((i) => i.id),
    2,
    20261201,
  );
  await em.save(
    em.create(Inspection, {
      regionId: 'qinhuangdao',
      countyId: null,
      kind: 'random_spot_check',
      title: '第四季度定点机构随机抽查',
      scope: '抽查定点评估机构与护理服务机构的服务协议履行、服务记录与费用结算',
      plannedOn: addDays(today, 7),
      ...inspectors,
      checklist: CHECKLIST.map((item) => ({ item, result: null, note: null })),
      targetIds: drawn.chosen,
      selection: { seed: drawn.seed, candidates: drawn.candidates, chosen: drawn.chosen, trace: drawn.trace as never },
      preparedBy: people.inspector.id,
    }),
  );
  const target = qhd.find((i) => i.kind === 'care') ?? qhd[0];
  const round = await em.save(
    em.create(Inspection, {
      regionId: 'qinhuangdao',
      countyId: null,
      kind: 'daily_round',
      title: `日常巡查：${target.name}`,
      scope: '护理服务质量与服务记录',
      plannedOn: addDays(today, -3),
      ...inspectors,
      checklist: CHECKLIST.map((item, i) => ({
        item,
        result: (i === 2 ? 'fail' : i < 2 ? 'pass' : null) as 'pass' | 'fail' | null,
        note: null,
      })),
      targetIds: [target.id],
      selection: null,
      preparedBy: people.inspector.id,
    }),
  );
  const scope = new Scope(em, callerOf(people.inspector, ['qinhuangdao']));
  await runTransition(scope, INSPECTION_TRANSITIONS, { id: round.id, action: 'start', expectedVersion: 1 });
  const finding = await em.save(
    em.create(InspectionFinding, {
      inspectionId: round.id,
      institutionId: target.id,
      regionId: target.regionId,
      countyId: target.countyId,
      category: 'false_records',
      description: '抽查10份上门服务记录，其中2份签到时间与护理人员排班不符',
      foundOn: addDays(today, -3),
      recordedBy: people.inspector.id,
      recordedByName: people.inspector.username,
    }),
  );
  await em.save(
    em.create(Rectification, {
      findingId: finding.id,
      institutionId: target.id,
      regionId: target.regionId,
      countyId: target.countyId,
      orderedOn: addDays(today, -2),
      dueOn: addDays(today, 10),
      requirement: '核查全部上门服务记录，完善签到管理制度并书面报告整改情况',
      preparedBy: people.inspector.id,
    }),
  );
  const admin = new Scope(em, callerOf(people.admin, ['qinhuangdao']));
  await em.save(
    em.create(Publication, {
      regionId: 'qinhuangdao',
      kind: 'institutionDirectory',
      year: null,
      title: '秦皇岛市长期护理保险定点评估机构和定点护理服务机构名录',
      note: '依据《秦皇岛市长期护理保险实施细则》第七十三条公布',
      content: await snapshot(admin, 'qinhuangdao', 'institutionDirectory', null),
      publishedBy: people.admin.id,
      publishedByName: people.admin.username,
    }),
  );
}
