import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password.js';
import { User } from '../../modules/auth/user.entity.js';
import { Institution } from '../../modules/institutions/institution.entity.js';
import { Staff } from '../../modules/institutions/staff.entity.js';
import { County } from '../../modules/regions/county.entity.js';
import { Region } from '../../modules/regions/region.entity.js';
import { seedDemoAgreement } from './demo-agreements.js';
import { DEMO_PASSWORD, demoInstitutions, demoRegions, demoUsers, shippedCountyRows } from './demo-data.js';

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
    for (const [n, { staff, agreement, ...institution }] of demoInstitutions().entries()) {
      const saved = await em.save(em.create(Institution, institution));
      await seedDemoAgreement(em, saved, agreement, n + 1, people);
      await em.insert(
        Staff,
        staff.map((s) => ({ ...s, institutionId: saved.id })),
      );
    }
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
