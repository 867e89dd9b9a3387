import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password.js';
import { Role } from '../../modules/auth/roles.js';
import { User } from '../../modules/auth/user.entity.js';
import { County } from '../../modules/regions/county.entity.js';
import { Region } from '../../modules/regions/region.entity.js';
import { demoRegions, shippedCountyRows } from './demo-data.js';

/**
 * Production's first start: with no users yet and ADMIN_USERNAME / ADMIN_PASSWORD set, create the
 * shipped regions and one administrator bound to all of them. Does nothing once a user exists.
 */
export async function bootstrapAdministrator(dataSource: DataSource, env: NodeJS.ProcessEnv): Promise<boolean> {
  const username = env.ADMIN_USERNAME?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD ?? '';
  if (!username || (await dataSource.getRepository(User).count()) > 0) return false;
  if (password.length < 12) throw new Error('ADMIN_PASSWORD must be at least 12 characters');
  const passwordHash = await hashPassword(password);
  await dataSource.transaction(async (em) => {
    await em.upsert(
      Region,
      demoRegions.map(({ id, name }) => ({ id, name })),
      ['id'],
    );
    await em.upsert(County, shippedCountyRows(), ['id']);
    await em.save(
      em.create(User, {
        username,
        displayName: '系统管理员',
        passwordHash,
        roles: [Role.admin],
        regions: demoRegions.map(({ id }) => ({ id }) as Region),
      }),
    );
  });
  return true;
}
