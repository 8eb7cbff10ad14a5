import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface TokenSigner {
  sign(accountId: string, now: Date): { token: string; expiresAt: string };
  verify(token: string, now: Date): TokenClaims | null;
  /**
   * A MAC of `message` under a key derived from the token secret for one purpose (signed
   * file URLs…): what is signed for one purpose never verifies for another, or as a token.
   */
  mac(purpose: string, message: string): string;
}

export const generateSecret = () => randomBytes(32).toString('base64url');

/** HMAC-SHA256 signed, expiring session tokens: `v1.<claims>.<signature>`. */
export function tokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  const purposeKeys = new Map<string, Buffer>();
  const keyFor = (purpose: string) => {
    let key = purposeKeys.get(purpose);
    if (!key) purposeKeys.set(purpose, (key = createHmac('sha256', secret).update(`nmx-purpose:${purpose}`).digest()));
    return key;
  };
  return {
    mac: (purpose, message) => createHmac('sha256', keyFor(purpose)).update(message).digest('base64url'),
    sign(accountId, now) {
      const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
      const payload = Buffer.from(JSON.stringify({ sub: accountId, exp })).toString('base64url');
      return { token: `v1.${payload}.${mac(payload)}`, expiresAt: new Date(exp * 1000).toISOString() };
    },
    verify(token, now) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== 'v1') return null;
      const expected = Buffer.from(mac(parts[1]));
      const given = Buffer.from(parts[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
        if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
        if (claims.exp * 1000 <= now.getTime()) return null;
        return claims;
      } catch {
        return null;
      }
    },
  };
}
