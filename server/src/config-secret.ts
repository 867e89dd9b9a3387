/**
 * Why a token-signing secret is too weak for production, or null when it will do: it must carry
 * at least 32 random bytes, written as hex (64+ characters) or base64/base64url (43+). Random
 * bytes almost never repeat much nor all fall in printable ASCII, so a word, a pattern or an
 * encoded passphrase is refused (for 32 random bytes the chance of a false refusal is below 2^-32).
 */
export function secretWeakness(secret: string): string | null {
  const bytes = decode(secret);
  if (!bytes || bytes.length < 32) return 'must be at least 32 random bytes as hex (64+ characters) or base64url (43+ characters)';
  if (new Set(bytes).size < 16 || bytes.every((b) => b >= 0x20 && b < 0x7f)) return 'looks like a word or a pattern, not random bytes';
  return null;
}

function decode(secret: string): Uint8Array | null {
  if (/^[0-9a-fA-F]+$/.test(secret) && secret.length % 2 === 0) return Buffer.from(secret, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret)) return Buffer.from(secret.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return null;
}
