import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { Scope } from '../../common/scope.js';
import { runTransition } from '../../common/workflow/run-transition.js';
import type { User } from '../../modules/auth/user.entity.js';
import { Complaint } from '../../modules/complaints/complaint.entity.js';
import { COMPLAINT_TRANSITIONS } from '../../modules/complaints/complaint.service.js';
import type { Institution } from '../../modules/institutions/institution.entity.js';
import { MonthlyCount } from '../../modules/scorecards/scorecard.entity.js';
import { ensureScorecard, insertEvent, rescore } from '../../modules/scorecards/scorecard.scoring.js';
import { SCORECARD_TRANSITIONS } from '../../modules/scorecards/scorecard.service.js';

const callerOf = (user: User, regionIds: string[]): Caller => ({
  id: user.id,
  username: user.username,
  roles: user.roles,
  regionIds,
  counties: [],
  mustChangePassword: false,
});

const COUNTIES = ['qhd-haigang', 'qhd-shanhaiguan', 'qhd-beidaihe', 'qhd-funing', 'qhd-changli'];
/** A deterministic year of events: [type, month, count, district?] per institution (index modulo the list). */
const EVENT_PLANS: [string, number, number, string?][][] = [
  [
    ['dispatchRefused', 3, 1, 'qhd-haigang'],
    ['lateUpload', 5, 2],
    ['mediaPublicity', 6, 1],
    ['internalTrainingHeld', 4, 2],
  ],
  [
    ['lateOnSiteVisit', 2, 1],
    ['irregularUpload', 7, 1],
    ['internalTrainingHeld', 9, 1],
    ['suggestionAdopted', 8, 1],
  ],
  [
    ['dispatchRefused', 1, 2, 'qhd-funing'],
    ['dispatchRefused', 6, 1, 'qhd-changli'],
    ['recordsIncomplete', 10, 3],
    ['internalTrainingHeld', 3, 2],
  ],
  [
    ['publicityAssistance', 4, 2],
    ['governmentPraise', 9, 1],
    ['internalTrainingHeld', 5, 2],
    ['meetingMissed', 7, 1],
  ],
  [
    ['interviewOrRectification', 8, 1],
    ['lateConclusionDelivery', 6, 2],
    ['internalTrainingHeld', 2, 2],
  ],
];

/**
 * A year of scorecards for Qinhuangdao's assessment institutions (the Changzhou template it adopted
 * for 2026): monthly submitted/returned and survey counts to last month, events through the year,
 * one scorecard awaiting inspector2's sign-off, one signed off, and complaints in every state.
 */
export async function seedDemoScorecards(
  em: EntityManager,
  institutions: Institution[],
  people: { inspector: User; inspector2: User },
  lastMonth: string,
): Promise<void> {
  const year = Number(lastMonth.slice(0, 4));
  if (year !== 2026) return;
  const inspector = new Scope(em, callerOf(people.inspector, ['qinhuangdao']));
  const second = new Scope(em, callerOf(people.inspector2, ['qinhuangdao']));
  const assessment = institutions.filter((i) => i.regionId === 'qinhuangdao' && i.kind === 'assessment').slice(0, 8);
  const months = Number(lastMonth.slice(5, 7));
  const rows: Partial<MonthlyCount>[] = [];
  assessment.forEach((institution, n) => {
    for (let m = 1; m <= months; m++) {
      const submitted = 40 + ((n * 7 + m * 3) % 25);
      const surveyed = 20;
      rows.push({
        institutionId: institution.id,
        regionId: institution.regionId,
        countyId: institution.countyId,
        month: `${year}-${String(m).padStart(2, '0')}`,
        submitted,
        returned: Math.floor((submitted * ((n % 4) + 1)) / 50),
        surveyed,
        satisfied: surveyed - ((n + m) % 4),
        recordedByName: people.inspector.username,
      });
    }
  });
  await em.insert(MonthlyCount, rows);
  const scorecards = [];
  for (const [n, institution] of assessment.entries()) {
    const scorecard = await ensureScorecard(inspector, institution, year);
    for (const [type, month, count, district] of EVENT_PLANS[n % EVENT_PLANS.length]) {
      if (month > months) continue;
      await insertEvent(inspector, scorecard, {
        type,
        occurredOn: `${year}-${String(month).padStart(2, '0')}-1${n % 9}`,
        reportedOn: null,
        count,
        districtId: district ?? (type === 'dispatchRefused' ? COUNTIES[n % COUNTIES.length] : null),
        flags: {},
        note: '日常稽核记录',
        complaintId: null,
      });
    }
    scorecards.push(scorecard);
  }
  await rescore(inspector, scorecards);
  // one awaiting the second inspector, one signed off by both
  const step = (scope: Scope, id: string, action: string, version: number) =>
    runTransition(scope, SCORECARD_TRANSITIONS, { id, action, expectedVersion: version });
  if (scorecards[0]) await step(inspector, scorecards[0].id, 'submit', 1);
  if (scorecards[1]) {
    await step(inspector, scorecards[1].id, 'submit', 1);
    await step(second, scorecards[1].id, 'approve', 2);
  }
  await seedComplaints(em, inspector, assessment.slice(2), year, months);
}

const COMPLAINTS: { kind: Complaint['kind']; channel: Complaint['channel']; content: string; end: string[] }[] = [
  { kind: 'conduct', channel: 'hotline', content: '评估人员上门时态度生硬，未出示证件', end: [] },
  { kind: 'privacy', channel: 'online', content: '家属反映评估后接到推销电话，怀疑信息被泄露', end: [] },
  { kind: 'conduct', channel: 'letter', content: '评估人员未按规范逐项询问即完成评估', end: ['investigate'] },
  { kind: 'other', channel: 'visit', content: '对评估结论书送达时间有异议', end: ['investigate'] },
  { kind: 'conduct', channel: 'supervisor', content: '社会监督员反映评估人员言语不当', end: ['investigate', 'verify'] },
  { kind: 'conduct', channel: 'tpa', content: '经办机构转来：评估过程未录像', end: ['investigate', 'verify'] },
  { kind: 'privacy', channel: 'hotline', content: '反映评估资料随意放置', end: ['investigate', 'dismiss'] },
];

async function seedComplaints(em: EntityManager, scope: Scope, institutions: Institution[], year: number, months: number) {
  for (const [n, c] of COMPLAINTS.entries()) {
    const institution = institutions[n % institutions.length];
    if (!institution) return;
    const saved = await em.save(
      em.create(Complaint, {
        institutionId: institution.id,
        regionId: institution.regionId,
        countyId: institution.countyId,
        channel: c.channel,
        kind: c.kind,
        receivedOn: `${year}-${String(Math.max(1, months - (n % 3))).padStart(2, '0')}-0${(n % 8) + 1}`,
        complainant: n % 2 ? '匿名' : '参保人家属',
        content: c.content,
        investigation: c.end.length ? '已调取评估录像并约谈评估人员' : null,
        preparedBy: scope.caller.id,
      }),
    );
    let version = saved.version;
    for (const action of c.end) {
      const reason = action === 'verify' ? '经调查情况属实' : action === 'dismiss' ? '经核查资料按规定存放，投诉不属实' : null;
      await runTransition(scope, COMPLAINT_TRANSITIONS, { id: saved.id, action, expectedVersion: version, reason });
      version++;
    }
  }
}
