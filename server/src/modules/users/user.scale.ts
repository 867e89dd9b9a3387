import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';
import { hashPassword } from '../auth/password.js';
import { Role } from '../auth/roles.js';
import type { ScaleRegions } from '../regions/region.scale.js';

export const SCALE_PASSWORD = 'Bench@2026';

export interface ScaleUsers {
  /** bench_admin: an administrator of the first city; bench_province: of every city; bench_fund: its fund manager. */
  users: { id: string; username: string; roles: Role[]; regions: string[] }[];
}

/** The people the bench signs in as, and a clerk per county who prepared the records. */
export const userScale: ScaleGenerator = {
  name: 'users',
  after: ['regions'],
  async run(ctx: ScaleContext) {
    const { regions } = ctx.made.get('regions') as ScaleRegions;
    const first = regions[0].id;
    const all = regions.map((r) => r.id);
    const users: ScaleUsers['users'] = [
      { id: ctx.rng.uuid(), username: 'bench_admin', roles: [Role.admin], regions: [first] },
      { id: ctx.rng.uuid(), username: 'bench_province', roles: [Role.admin], regions: all },
      { id: ctx.rng.uuid(), username: 'bench_fund', roles: [Role.fund_manager], regions: [first] },
      { id: ctx.rng.uuid(), username: 'bench_officer', roles: [Role.agency_officer], regions: all },
    ];
    const hash = await hashPassword(SCALE_PASSWORD);
    const stamp = '2026-01-01T00:00:00Z';
    await ctx.copy(
      'users',
      ['id', 'username', 'display_name', 'password_hash', 'roles', 'active', 'created_at', 'updated_at'],
      users.map((u) => [u.id, u.username, `压测${u.username.slice(6)}`, hash, `{${u.roles.join(',')}}`, true, stamp, stamp]),
      users.length,
    );
    const bindings = users.flatMap((u) => u.regions.map((r) => [u.id, r]));
    await ctx.copy('user_regions', ['user_id', 'region_id'], bindings, bindings.length);
    ctx.made.set('users', { users } satisfies ScaleUsers);
    return { users: users.length };
  },
};
