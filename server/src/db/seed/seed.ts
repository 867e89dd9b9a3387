import { addMonthsToMonth } from '@ltci/shared';
import type { DataSource } from 'typeorm';
import { todayInChina } from '../../common/today.js';
import { hashPassword } from '../../modules/auth/password.js';
import { User } from '../../modules/auth/user.entity.js';
import { InfoChange } from '../../modules/institutions/info-change.entity.js';
import { Institution } from '../../modules/institutions/institution.entity.js';
import { County } from '../../modules/regions/county.entity.js';
import { Region } from '../../modules/regions/region.entity.js';
import { seedDemoAgreement } from './demo-agreements.js';
import { seedDemoAssessments } from './demo-assessments.js';
import { seedDemoClaimantFile } from './demo-claimant-file.js';
import { seedDemoClaimants } from './demo-claimants.js';
import { DEMO_PASSWORD, demoInstitutions, demoRegions, demoUsers, shippedCountyRows } from './demo-data.js';
import { seedDeactivation } from './demo-deactivation.js';
import { seedDemoDeclarations } from './demo-declarations.js';
import { seedDemoDesignations } from './demo-designations.js';
import { seedDemoFund } from './demo-fund.js';
import { seedDemoFundGrants } from './demo-fund-grants.js';
import { seedDemoRecords } from './demo-records.js';
import { seedDemoScorecards } from './demo-scorecards.js';
import { seedDemoSettlement } from './demo-settlement.js';
import { seedDemoSupervision } from './demo-supervision.js';
import { seedDemoTpa } from './demo-tpa.js';

/**
 * Load the demo data into an empty database (development only). Returns false when the
 * database already has users, so a restart keeps what people changed.
 */
export async function seedDemoData(dataSource: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (env.NODE_ENV === 'production') throw new Error('demo data is refused when NODE_ENV=production');
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  await dataSource.transaction(async (em) => {
    await em.insert(
      Region,
      demoRegions.map(({ id, name }) => ({ id, name })),
    );
    await em.insert(County, shippedCountyRows());
    const users = new Map<string, User>();
    for (const [i, { counties, ...u }] of demoUsers.entries()) {
      const saved = await em.save(em.create(User, { ...u, passwordHash: hashes[i], regions: u.regions.map((id) => ({ id }) as Region) }));
      if (counties?.length)
        await em.query('INSERT INTO user_counties (user_id, county_id) SELECT $1, unnest($2::text[])', [saved.id, counties]);
      users.set(u.username, saved);
    }
    const people = { admin: users.get('admin') as User, inspector: users.get('inspector') as User };
    let infoChangeSeeded = false;
    const institutions: Institution[] = [];
    const firstAssessmentSeeded = new Set<string>();
    let deactivatedSeeded = false;
    for (const [n, { staff, agreement, ...institution }] of demoInstitutions().entries()) {
      const saved = await em.save(em.create(Institution, institution));
      institutions.push(saved);
      // one change of bank account awaiting its application (Xinjiang art. 21: on the to-do list)
      if (!infoChangeSeeded && saved.regionId === 'tumxuk' && agreement !== 'none') {
        infoChangeSeeded = true;
        await em.insert(InfoChange, {
          institutionId: saved.id,
          regionId: saved.regionId,
          approvalDate: '2026-11-10',
          changes: ['bankAccount'],
          appliedOn: null,
          recordedBy: people.admin.id,
        });
      }
      await seedDemoAgreement(em, saved, agreement, n + 1, people);
      const region = demoRegions.find((r) => r.id === saved.regionId)!;
      const firstAssessment = saved.kind === 'assessment' && !firstAssessmentSeeded.has(saved.regionId);
      if (firstAssessment) firstAssessmentSeeded.add(saved.regionId);
      await seedDemoRecords(em, saved, staff, n + 1, region.division, people, firstAssessment);
      // one institution deactivated after its agreement was terminated: the list's 已停用 filter shows it, with its reason
      if (!deactivatedSeeded && saved.regionId === 'qinhuangdao' && agreement === 'terminated') {
        deactivatedSeeded = true;
        await seedDeactivation(em, saved, people.admin);
      }
    }
    // a year of the fund up to last month, so that a fund manager's day starts with figures and warnings
    const lastMonth = addMonthsToMonth(todayInChina().slice(0, 7), -1);
    await seedDemoFund(em, demoRegions, users.get('fund_manager') as User, lastMonth);
    // a subsidy awaiting its document and a second fund manager's approval
    await seedDemoFundGrants(em, users.get('fund_manager') as User, todayInChina());
    const person = (name: string) => users.get(name) as User;
    await seedDemoTpa(em, {
      inspector: person('inspector'),
      inspector2: person('inspector2'),
      fund_manager: person('fund_manager'),
      fund_manager2: person('fund_manager2'),
      tpa_staff: person('tpa_staff'),
      tpa_qhd: person('tpa_qhd'),
    });
    // a year of scorecards and complaints, so that an inspector's day starts with work in every state
    await seedDemoScorecards(em, institutions, { inspector: people.inspector, inspector2: users.get('inspector2') as User }, lastMonth);
    // designation applications in the materials check and under review, so that an inspector can review one at login
    await seedDemoDesignations(em, institutions, people.inspector);
    // claimants with contribution histories, so that an agency officer's day starts with a register to work on
    const counties = Object.fromEntries(
      demoRegions.map((r) => [
        r.id,
        shippedCountyRows()
          .filter((c) => c.regionId === r.id)
          .map((c) => c.id),
      ]),
    );
    await seedDemoClaimants(em, counties, users.get('agency_officer') as User, todayInChina());
    // an inspection planned, one under way with a finding and an open rectification, and a published directory (issue 14)
    await seedDemoSupervision(em, institutions, { ...people, inspector2: users.get('inspector2') as User }, todayInChina());
    // last month's declarations, one audited with flags to decide, so that an officer's flag queue has work (issue 13)
    await seedDemoDeclarations(em, { officer: users.get('agency_officer') as User, tpa: users.get('tpa_qhd') as User }, todayInChina());
    // last month's Haigang settlement, generated and waiting for its first review (issue 13)
    await seedDemoSettlement(em, { officer: users.get('agency_officer') as User, inspector: people.inspector }, todayInChina());
    // applications at dispatch, at the on-site record and at the city review, so that officers and the TPA start with work
    await seedDemoAssessments(em, { officer: person('agency_officer'), admin: people.admin, tpa: person('tpa_qhd') }, todayInChina());
    // a care plan awaiting acceptance, an accepted one to quote, a sanction ending and one to approve (issue 11 items 7–10)
    await seedDemoClaimantFile(
      em,
      { admin: people.admin, agency_officer: person('agency_officer'), tpa_qhd: person('tpa_qhd') },
      todayInChina(),
    );
  });
  return true;
}

export function demoLoginsText(url: string): string {
  const lines = demoUsers.map(
    (u) =>
      `  ${u.username.padEnd(16)} ${DEMO_PASSWORD}   ${u.displayName}（${u.roles.join(', ')}；${[...u.regions, ...(u.counties ?? [])].join(', ')}）`,
  );
  return [`长期护理保险经办管理系统 ${url}`, '演示账号 demo logins (username / password):', ...lines].join('\n');
}
