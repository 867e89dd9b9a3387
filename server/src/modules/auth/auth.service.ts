import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { BadUserInputError, TooManyAttemptsError, UnauthenticatedError } from '../../common/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { secondsToWait } from './login-throttle.js';
import { timingDummyHash, verifyPassword } from './password.js';
import type { TokenSigner } from './token.js';
import { User } from './user.entity.js';

const GENERIC_FAILURE = '用户名或密码错误';

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: TokenSigner,
  ) {}

  async login(usernameInput: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const username = usernameInput.trim().toLowerCase();
    if (!username || !password) {
      throw new BadUserInputError({ ...(username ? {} : { username: '请输入用户名' }), ...(password ? {} : { password: '请输入密码' }) });
    }
    const attempts = await this.dataSource.getRepository(LoginAttempt).findOneBy({ username });
    const wait = attempts ? secondsToWait(attempts.failures, attempts.lastFailedAt, new Date()) : 0;
    if (wait > 0) throw new TooManyAttemptsError(wait);

    const user = await this.dataSource.getRepository(User).findOneBy({ username, active: true });
    const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !valid) {
      await this.recordFailure(username, user);
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    const caller = toCaller(user);
    await this.dataSource.transaction(async (em) => {
      await em.delete(LoginAttempt, { username });
      await recordAudit(em, caller, { operation: 'login', entityType: 'User', entityId: user.id });
    });
    return { ...(await this.signer.sign(caller)), user };
  }

  async me(caller: Caller): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: caller.id, active: true });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  private async recordFailure(username: string, user: User | null): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO login_attempts (username, failures, last_failed_at) VALUES ($1, 1, now())
         ON CONFLICT (username) DO UPDATE SET failures = login_attempts.failures + 1, last_failed_at = now()`,
        [username],
      );
      await recordAudit(em, null, { operation: 'login_failed', entityType: 'User', entityId: user?.id ?? username });
    });
  }
}

export function toCaller(user: User): Caller {
  return { id: user.id, username: user.username, roles: user.roles, regionIds: user.regions.map((r) => r.id).sort() };
}
