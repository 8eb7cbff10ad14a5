import { randomBytes } from 'node:crypto';

/** Unguessable ids: another account's record cannot be found by counting. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
