import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, countRows, likePattern } from '../../common/list-args.js';
import { assertPlace, type Scope } from '../../common/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { claimPasswordCheck, clearPasswordChecks } from '../auth/login-attempts.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import {
  type ChangePasswordArgs,
  type CreateUserArgs,
  type DeactivateUserArgs,
  type ResetPasswordArgs,
  type UpdateUserArgs,
  USER_SORT,
  type UserFilter,
  type UserListArgs,
} from './user.args.js';
import { auditView, MAX_DISPLAY_NAME_LENGTH, PHONE_PATTERN, refuseBadPassword, USERNAME_PATTERN } from './user.rules.js';
import type { SignInEvent } from './user.types.js';

const ENTITY = 'User';
const LAST_ADMIN = '系统至少须保留一名启用的系统管理员';
export const SIGN_IN_HISTORY_LIMIT = 50;

interface Placement {
  regionIds: string[];
  countyIds: string[];
}

/**
 * Accounts, for administrators: of the users who share one of their regions. Every change is
 * audited in its transaction; the system keeps at least one active administrator.
 */
export class UserService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: UserListArgs): Promise<User[]> {
    return this.db.read(caller, (scope) => applyListArgs(filtered(scope, args.filter), args, USER_SORT).getMany());
  }

  count(caller: Caller, filter?: UserFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(filtered(scope, filter)));
  }

  get(caller: Caller, id: string): Promise<User> {
    return this.db.read(caller, (scope) => scope.one(User, id));
  }

  /** The user's latest sign-ins and failed sign-ins (audit rows written by `login`), newest first. */
  signIns(caller: Caller, userId: string): Promise<SignInEvent[]> {
    return this.db.read(caller, async (scope) => {
      const rows = await scope
        .rows(AuditLog, 'a')
        .andWhere("a.entity_type = 'User' AND a.entity_id = :userId AND a.operation IN ('login', 'login_failed')", { userId })
        .orderBy('a.at', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .limit(SIGN_IN_HISTORY_LIMIT)
        .getMany();
      return rows.map((r) => ({ at: r.at, success: r.operation === 'login', address: (r.after?.address as string) ?? null }));
    });
  }

  create(caller: Caller, args: CreateUserArgs): Promise<User> {
    const username = args.username.trim().toLowerCase();
    const fields: Record<string, string> = {};
    if (!USERNAME_PATTERN.test(username)) fields.username = '用户名须以小写字母开头，3–32 位小写字母、数字、_ . -';
    checkProfile(fields, args.displayName, args.phone);
    checkRoles(fields, args.roles);
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
    refuseBadPassword(args.password, username);
    return this.write(caller, 'createUser', async (scope) => {
      const placement = await checkPlacement(scope, { regionIds: args.regionIds, countyIds: args.countyIds ?? [] });
      const saved = await scope.em.save(
        scope.em.create(User, {
          username,
          displayName: args.displayName.trim(),
          phone: args.phone?.trim() || null,
          roles: [...new Set(args.roles)],
          passwordHash: await hashPassword(args.password),
          mustChangePassword: true,
          regions: placement.regionIds.map((id) => ({ id }) as Region),
          counties: placement.countyIds.map((id) => ({ id }) as County),
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        after: auditView(saved, placement.regionIds, placement.countyIds),
      });
      return saved;
    });
  }

  update(caller: Caller, args: UpdateUserArgs): Promise<User> {
    const fields: Record<string, string> = {};
    checkProfile(fields, args.displayName, args.phone);
    if (args.roles) checkRoles(fields, args.roles);
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
    return this.write(caller, 'updateUser', async (scope) => {
      if (args.roles && !args.roles.includes(Role.admin)) await lockAdministrators(scope);
      const before = await scope.one(User, args.id, { lock: true });
      const was = await placementOf(scope, before.id);
      let placement = was;
      if (args.regionIds || args.countyIds) {
        const known: { id: string; region_id: string }[] = await scope.em.query('SELECT id, region_id FROM counties WHERE id = ANY($1)', [
          was.countyIds,
        ]);
        const { asked, kept } = keepOthers(
          scope.caller,
          was,
          { regionIds: args.regionIds ?? was.regionIds, countyIds: args.countyIds ?? was.countyIds },
          known.map((c) => ({ id: c.id, regionId: c.region_id })),
        );
        placement = await checkPlacement(scope, asked, kept);
      }
      const roles = args.roles ? [...new Set(args.roles)] : before.roles;
      if (before.roles.includes(Role.admin) && !roles.includes(Role.admin) && before.active)
        await refuseLastAdministrator(scope, before.id);
      const after = Object.assign(scope.em.create(User, { ...before }), {
        displayName: args.displayName?.trim() ?? before.displayName,
        phone: args.phone === undefined ? before.phone : args.phone?.trim() || null,
        roles,
        regions: placement.regionIds.map((id) => ({ id }) as Region),
        counties: placement.countyIds.map((id) => ({ id }) as County),
      });
      const saved = await scope.em.save(User, after);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        before: auditView(before, was.regionIds, was.countyIds),
        after: auditView(saved, placement.regionIds, placement.countyIds),
      });
      return saved;
    });
  }

  /** Effective at once: the token names the user only, and an inactive user is no caller (auth.service.ts loadCaller). */
  deactivate(caller: Caller, args: DeactivateUserArgs): Promise<User> {
    const reason = args.reason.trim();
    if (!reason) throw new BadUserInputError({ reason: '请填写停用原因' });
    if ([...reason].length > 500) throw new BadUserInputError({ reason: '停用原因最多 500 个字' });
    return this.setActive(caller, args.id, false, reason);
  }

  reactivate(caller: Caller, id: string): Promise<User> {
    return this.setActive(caller, id, true, null);
  }

  resetPassword(caller: Caller, args: ResetPasswordArgs): Promise<User> {
    return this.write(caller, 'resetUserPassword', async (scope) => {
      const before = await scope.one(User, args.id, { lock: true });
      refuseBadPassword(args.password, before.username);
      const passwordHash = await hashPassword(args.password);
      await scope.em.update(User, { id: before.id }, { passwordHash, mustChangePassword: true });
      const after = { ...before, passwordHash, mustChangePassword: true };
      const placement = await placementOf(scope, before.id);
      await recordAudit(scope.em, caller, {
        operation: 'reset_password',
        entityType: ENTITY,
        entityId: before.id,
        before: auditView(before, placement.regionIds, placement.countyIds),
        after: auditView(after, placement.regionIds, placement.countyIds),
      });
      return after;
    });
  }

  /**
   * The signed-in user's own password: a new one by the policy, not the same, then the current one,
   * checked under the login's throttle (a wrong guess is counted in its own transaction first).
   */
  async changePassword(caller: Caller, args: ChangePasswordArgs): Promise<User> {
    refuseBadPassword(args.newPassword, caller.username, 'newPassword');
    if (args.newPassword === args.currentPassword)
      throw new BadUserInputError({ newPassword: '新密码不能与当前密码相同' }, undefined, { reason: 'PASSWORD_UNCHANGED' });
    await this.db.transaction('changePassword', (em) => claimPasswordCheck(em, caller.id));
    return this.db.transaction('changePassword', async (em) => {
      const user = await em.findOne(User, {
        where: { id: caller.id, active: true },
        lock: { mode: 'pessimistic_write', tables: ['users'] },
      });
      if (!user) throw new ForbiddenError();
      if (!(await verifyPassword(user.passwordHash, args.currentPassword)))
        throw new BadUserInputError({ currentPassword: '当前密码不正确' }, undefined, { reason: 'WRONG_PASSWORD' });
      await clearPasswordChecks(em, user.id);
      const passwordHash = await hashPassword(args.newPassword);
      await em.update(User, { id: user.id }, { passwordHash, mustChangePassword: false });
      await recordAudit(em, caller, {
        operation: 'change_password',
        entityType: ENTITY,
        entityId: user.id,
        before: { mustChangePassword: user.mustChangePassword },
        after: { mustChangePassword: false },
      });
      return { ...user, passwordHash, mustChangePassword: false };
    });
  }

  private setActive(caller: Caller, id: string, active: boolean, reason: string | null): Promise<User> {
    return this.write(caller, active ? 'reactivateUser' : 'deactivateUser', async (scope) => {
      if (!active) await lockAdministrators(scope);
      const before = await scope.one(User, id, { lock: true });
      if (before.active === active)
        throw new ConflictError(active ? '该用户已是启用状态' : '该用户已停用', undefined, {
          reason: active ? 'ALREADY_ACTIVE' : 'ALREADY_INACTIVE',
        });
      if (!active && before.roles.includes(Role.admin)) await refuseLastAdministrator(scope, before.id);
      await scope.em.update(User, { id: before.id }, { active });
      const after = { ...before, active };
      const placement = await placementOf(scope, before.id);
      await recordAudit(scope.em, caller, {
        operation: active ? 'reactivate' : 'deactivate',
        entityType: ENTITY,
        entityId: before.id,
        before: auditView(before, placement.regionIds, placement.countyIds),
        after: { ...auditView(after, placement.regionIds, placement.countyIds), ...(reason ? { reason } : {}) },
      });
      return after;
    });
  }

  /** A duplicate user name is CONFLICT, not a 500. */
  private async write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(caller, name, work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('用户名已被使用', { username: '用户名已存在' }, { reason: 'DUPLICATE_USERNAME' });
      throw error;
    }
  }
}

function checkProfile(fields: Record<string, string>, displayName: string | null | undefined, phone: string | null | undefined): void {
  // GraphQL passes an explicit null when the client sends one: the same as not sending it
  if (displayName !== undefined && displayName !== null) {
    const name = displayName.trim();
    if (!name) fields.displayName = '请输入姓名';
    else if ([...name].length > MAX_DISPLAY_NAME_LENGTH) fields.displayName = `姓名最多 ${MAX_DISPLAY_NAME_LENGTH} 个字`;
  }
  if (phone?.trim() && !PHONE_PATTERN.test(phone.trim())) fields.phone = '电话号码格式不正确';
}

function checkRoles(fields: Record<string, string>, roles: Role[]): void {
  if (!roles.length) fields.roles = '请至少选择一个角色';
}

/** Where a user is bound, read in the unit of work (a query builder loads no relations). */
export async function placementOf(scope: Scope, userId: string): Promise<Placement> {
  const [row]: { region_ids: string[]; county_ids: string[] }[] = await scope.em.query(
    `SELECT ARRAY(SELECT region_id FROM user_regions WHERE user_id = $1 ORDER BY region_id) AS region_ids,
            ARRAY(SELECT county_id FROM user_counties WHERE user_id = $1 ORDER BY county_id) AS county_ids`,
    [userId],
  );
  return { regionIds: row.region_ids, countyIds: row.county_ids };
}

/**
 * An administrator edits the assignments within their own regions; those of other regions (and
 * their counties) stay as they were.
 */
function keepOthers(caller: Caller, was: Placement, asked: Placement, counties: { id: string; regionId: string }[]) {
  const mine = new Set(caller.regionIds);
  const kept = was.regionIds.filter((r) => !mine.has(r));
  const keptCounties = was.countyIds.filter((id) => kept.includes(counties.find((c) => c.id === id)?.regionId ?? ''));
  return {
    asked: { regionIds: [...new Set([...kept, ...asked.regionIds])], countyIds: [...new Set([...keptCounties, ...asked.countyIds])] },
    kept,
  };
}

/**
 * Regions exist and are the caller's; counties exist, lie in the chosen regions and are the
 * caller's to give (a county administrator gives only their counties, never a whole region).
 */
async function checkPlacement(scope: Scope, asked: Placement, keptRegions: string[] = []): Promise<Placement> {
  const regionIds = [...new Set(asked.regionIds)].sort();
  const kept = new Set(keptRegions);
  const fields: Record<string, string> = {};
  if (!regionIds.length) fields.regionIds = '请至少选择一个统筹地区';
  const regions = regionIds.length
    ? await scope.em.getRepository(Region).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: regionIds }).getMany()
    : [];
  const missingRegions = regionIds.filter((id) => !regions.some((r) => r.id === id));
  if (missingRegions.length) fields.regionIds = `统筹地区不存在：${missingRegions.join('、')}`;
  const countyIds = [...new Set(asked.countyIds)].sort();
  const counties = countyIds.length
    ? await scope.em.getRepository(County).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: countyIds }).getMany()
    : [];
  const strays = countyIds.filter((id) => !counties.some((c) => c.id === id && regionIds.includes(c.regionId)));
  if (strays.length) fields.countyIds = `县区不存在或不属于所选统筹地区：${strays.join('、')}`;
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
  for (const regionId of regionIds) {
    if (kept.has(regionId)) continue;
    const inRegion = counties.filter((c) => c.regionId === regionId);
    if (!inRegion.length) assertPlace(scope.caller, regionId, null);
    for (const c of inRegion) assertPlace(scope.caller, regionId, c.id);
  }
  return { regionIds, countyIds };
}

/**
 * Lock every active administrator before counting them: two administrators demoting or
 * deactivating each other at once then queue here, and the second sees the first's change.
 */
async function lockAdministrators(scope: Scope): Promise<void> {
  await scope.em.query("SELECT id FROM users WHERE active AND roles @> ARRAY['admin'] ORDER BY id FOR UPDATE");
}

async function refuseLastAdministrator(scope: Scope, leaving: string): Promise<void> {
  const [{ n }]: { n: number }[] = await scope.em.query(
    "SELECT count(*)::int AS n FROM users WHERE active AND roles @> ARRAY['admin'] AND id <> $1",
    [leaving],
  );
  if (n === 0) throw new ConflictError(LAST_ADMIN, undefined, { reason: 'LAST_ADMINISTRATOR' });
}

function filtered(scope: Scope, given?: UserFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(User, 'u');
  if (filter.ids) qb.andWhere('u.id IN (:...ids)', { ids: filter.ids.filter(isUuid).concat('00000000-0000-0000-0000-000000000000') });
  if (filter.role) qb.andWhere('u.roles @> ARRAY[:role]::text[]', { role: filter.role });
  // another region's filter finds nothing, even the users who share one of the caller's regions too
  if (filter.regionId && !scope.regions(filter.regionId).length) qb.andWhere('false');
  if (filter.regionId)
    qb.andWhere('u.id IN (SELECT fr.user_id FROM user_regions fr WHERE fr.region_id = :regionId)', { regionId: filter.regionId });
  if (filter.countyId)
    qb.andWhere('u.id IN (SELECT fc.user_id FROM user_counties fc WHERE fc.county_id = :countyId)', { countyId: filter.countyId });
  if (typeof filter.active === 'boolean') qb.andWhere('u.active = :active', { active: filter.active });
  if (filter.q?.trim()) qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: likePattern(filter.q.trim()) });
  return qb;
}
