import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, UnauthenticatedError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { claimLoginAttempt, clearLoginAttempts } from './login-attempts.js';
import { timingDummyHash, verifyPassword } from './password.js';
import type { TokenSigner } from './token.js';
import { User } from './user.entity.js';

const GENERIC_FAILURE = '用户名或密码错误';
/** No user name is longer (a longer one could not be a key of the throttle's index); no password needs more. */
export const MAX_USERNAME_LENGTH = 64;
export const MAX_PASSWORD_LENGTH = 256;

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly signer: TokenSigner,
  ) {}

  async login(usernameInput: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const username = usernameInput.trim().toLowerCase();
    const fields: Record<string, string> = {};
    if (!username) fields.username = '请输入用户名';
    else if (username.length > MAX_USERNAME_LENGTH) fields.username = `用户名最多 ${MAX_USERNAME_LENGTH} 个字符`;
    if (!password) fields.password = '请输入密码';
    else if (password.length > MAX_PASSWORD_LENGTH) fields.password = `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`;
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
    await this.db.transaction('login', (em) => claimLoginAttempt(em, username, address));

    const user = await this.db.manager.findOneBy(User, { username, active: true });
    const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !valid) {
      await this.db.transaction('login', (em) =>
        recordAudit(em, null, { operation: 'login_failed', entityType: 'User', entityId: user?.id ?? username, after: { address } }),
      );
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    await this.db.transaction('login', async (em) => {
      await clearLoginAttempts(em, username, address);
      await recordAudit(em, user, { operation: 'login', entityType: 'User', entityId: user.id, after: { address } });
    });
    return { ...(await this.signer.sign(user.id)), user };
  }

  async me(caller: Caller): Promise<User> {
    const user = await this.db.manager.findOneBy(User, { id: caller.id, active: true });
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}

/** The signed-in user as the database says now: null when the token's user is gone or deactivated. */
export async function loadCaller(dataSource: DataSource, userId: string): Promise<Caller | null> {
  if (!isUuid(userId)) return null;
  const [row]: {
    id: string;
    username: string;
    roles: Caller['roles'];
    must_change_password: boolean;
    region_ids: string[];
    counties: Caller['counties'];
  }[] = await dataSource.query(
    `SELECT u.id, u.username, u.roles, u.must_change_password,
            ARRAY(SELECT ur.region_id FROM user_regions ur WHERE ur.user_id = u.id ORDER BY ur.region_id) AS region_ids,
            COALESCE((SELECT json_agg(json_build_object('id', c.id, 'regionId', c.region_id) ORDER BY c.id)
                        FROM user_counties uc JOIN counties c ON c.id = uc.county_id WHERE uc.user_id = u.id), '[]') AS counties
       FROM users u WHERE u.id = $1 AND u.active`,
    [userId],
  );
  return row
    ? {
        id: row.id,
        username: row.username,
        roles: row.roles,
        regionIds: row.region_ids,
        counties: row.counties,
        mustChangePassword: row.must_change_password,
      }
    : null;
}
