import { jwtVerify, SignJWT } from 'jose';
import type { Caller } from '../../common/context.js';
import { ALL_ROLES, type Role } from './roles.js';

/** Signed, expiring session tokens (HS256). The server keeps no session state. */
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(caller: Caller): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ username: caller.username, roles: caller.roles, regions: caller.regionIds })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(caller.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('ltci')
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The caller a token names, or null when it is missing, forged or expired. */
  async verify(token: string): Promise<Caller | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'ltci', algorithms: ['HS256'] });
      const roles = (payload.roles as string[]).filter((r): r is Role => (ALL_ROLES as string[]).includes(r));
      return { id: String(payload.sub), username: String(payload.username), roles, regionIds: payload.regions as string[] };
    } catch {
      return null;
    }
  }
}
