import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';
import type { ScaleInstitutions } from '../institutions/institution.scale.js';
import type { ScaleUsers } from '../users/user.scale.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Each institution's service agreements, one after another: the last one active (most), expired or
 * suspended, the earlier ones expired. The institution's status is then derived from them, as the
 * agreement workflow's steps leave it (its latest agreement's state).
 */
export const agreementScale: ScaleGenerator = {
  name: 'agreements',
  after: ['institutions', 'users'],
  async run(ctx: ScaleContext) {
    const { institutions } = ctx.made.get('institutions') as ScaleInstitutions;
    const { users } = ctx.made.get('users') as ScaleUsers;
    const preparer = users[0].id;
    const numbers = new Map<string, number>();
    const rows = function* () {
      for (const i of institutions) {
        const count = ctx.size.agreementsPerInstitution;
        const lastState = ctx.rng.chance(0.85) ? 'active' : ctx.rng.pick(['expired', 'suspended', 'draft']);
        for (let k = 0; k < count; k++) {
          const year = 2027 - count + k;
          const start = `${year}-${pad(ctx.rng.int(1, 12))}-01`;
          const end = `${year + 1}-${start.slice(5, 7)}-01`;
          const last = k === count - 1;
          const state = last ? lastState : 'expired';
          const serial = (numbers.get(i.regionId) ?? 0) + 1;
          numbers.set(i.regionId, serial);
          const at = `${start}T02:00:00Z`;
          yield [
            ctx.rng.uuid(),
            i.id,
            i.regionId,
            i.countyId,
            `XY-${year}-${String(serial).padStart(6, '0')}`,
            start,
            end,
            state,
            1,
            preparer,
            state === 'expired' ? 'expiry' : null,
            state === 'expired' ? end : null,
            at,
            at,
          ];
        }
      }
    };
    const columns = [
      'id',
      'institution_id',
      'region_id',
      'county_id',
      'number',
      'start_date',
      'end_date',
      'state',
      'version',
      'prepared_by',
      'termination_kind',
      'termination_date',
      'created_at',
      'updated_at',
    ];
    const n = await ctx.copy('service_agreements', columns, rows(), institutions.length * ctx.size.agreementsPerInstitution);
    // the institution's status follows its latest agreement (a draft leaves it 'none')
    await ctx.client.query(`
      UPDATE institutions i SET status = CASE a.state WHEN 'draft' THEN 'none' ELSE a.state END
        FROM (SELECT DISTINCT ON (institution_id) institution_id, state FROM service_agreements ORDER BY institution_id, start_date DESC) a
       WHERE a.institution_id = i.id`);
    return { agreements: n };
  },
};
