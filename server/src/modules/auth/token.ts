import { jwtVerify, SignJWT } from 'jose';

/**
 * Signed, expiring session tokens (HS256) naming the user. The server keeps no session state;
 * the user's roles, regions and whether they are still active are read from the database on each
 * request (auth.service.ts `loadCaller`), so a change takes effect at once, not at token expiry.
 */
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('ltci')
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The user id a token names, or null when it is missing, forged, expired or without an expiry. */
  async verify(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'ltci',
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'iss', 'sub'],
      });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
