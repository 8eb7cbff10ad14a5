import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * ID and phone numbers at rest (PIPL, domain.md): AES-256-GCM with a key that never lives
 * in the database, and a keyed hash (HMAC-SHA256) of the ID number that lets rules count
 * the person across members and accounts without reading the number.
 */
export interface Vault {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** The person behind an ID number: stable, not reversible without the key. */
  personKey(idNumber: string): string;
  /** Whether a value was sealed with a key other than the current one (due for re-encryption). */
  needsRotation(sealed: string): boolean;
}

export interface VaultKeys {
  /** Encryption keys, current first; older ones only decrypt (rotation). 32 bytes each. */
  dataKeys: Buffer[];
  /** The person-hash key, 32 bytes. Rotating it needs every ID number in clear; see README. */
  personKey: Buffer;
}

const FORMAT = 'v1';

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** Reads a 32-byte key written as base64, base64url or hex. */
export function parseKey(text: string, name: string): Buffer {
  const trimmed = text.trim();
  const candidates = [/^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : null, Buffer.from(trimmed, 'base64url'), Buffer.from(trimmed, 'base64')];
  const key = candidates.find((b) => b && b.length === 32);
  if (!key) throw new Error(`${name} must be 32 bytes written as base64 or hex (generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")`);
  return key;
}

export const generateKey = () => randomBytes(32).toString('base64');

export function createVault(keys: VaultKeys): Vault {
  if (keys.dataKeys.length === 0) throw new Error('at least one data key is required');
  const byId = new Map(keys.dataKeys.map((k) => [keyIdOf(k), k]));
  const current = keys.dataKeys[0];
  const currentId = keyIdOf(current);
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, currentId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(sealed) {
      const [format, keyId, iv, tag, body] = sealed.split('.');
      const key = byId.get(keyId);
      if (format !== FORMAT || !key || !iv || !tag || body === undefined) throw new Error('sealed value unreadable with the configured keys');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    personKey: (idNumber) => createHmac('sha256', keys.personKey).update(`person:${idNumber.trim().toUpperCase()}`).digest('base64url'),
    needsRotation: (sealed) => sealed.split('.')[1] !== currentId,
  };
}
