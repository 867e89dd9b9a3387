import type { AuditEntityType, AuditOperation } from '@ltci/shared';
import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';
import type { ScaleInstitutions } from '../institutions/institution.scale.js';
import type { ScaleUsers } from '../users/user.scale.js';

const EVENTS: [AuditOperation, AuditEntityType][] = [
  ['update', 'Institution'],
  ['create', 'Institution'],
  ['transition', 'ServiceAgreement'],
  ['post', 'FundPosting'],
  ['export', 'Institution'],
  ['download', 'Attachment'],
];

/** Years of the audit trail: changes to the cities' records, and the users' sign-ins (no region). */
export const auditScale: ScaleGenerator = {
  name: 'audit',
  after: ['institutions', 'users'],
  async run(ctx: ScaleContext) {
    const { institutions } = ctx.made.get('institutions') as ScaleInstitutions;
    const { users } = ctx.made.get('users') as ScaleUsers;
    const start = Date.UTC(2024, 0, 1);
    const span = Date.UTC(2026, 11, 1) - start;
    const rows = function* () {
      for (let n = 0; n < ctx.size.auditRows; n++) {
        const user = ctx.rng.pick(users);
        const at = new Date(start + Math.floor((n / ctx.size.auditRows) * span) + ctx.rng.int(0, 59_999)).toISOString();
        if (ctx.rng.chance(0.1)) {
          yield [at, user.id, user.username, 'login', 'User', user.id, null, null, { address: '10.0.0.1' }];
          continue;
        }
        const [operation, entityType] = ctx.rng.pick(EVENTS);
        const subject = ctx.rng.pick(institutions);
        yield [at, user.id, user.username, operation, entityType, subject.id, subject.regionId, null, { scale: true }];
      }
    };
    const columns = ['at', 'user_id', 'username', 'operation', 'entity_type', 'entity_id', 'region_id', 'before', 'after'];
    return { auditLogs: await ctx.copy('audit_logs', columns, rows(), ctx.size.auditRows) };
  },
};
