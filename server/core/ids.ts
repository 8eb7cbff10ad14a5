import { randomFillSync } from 'node:crypto';

/**
 * Random bytes from the system's CSPRNG, drawn 4 KB at a time: one native call per few
 * hundred ids instead of one per id (a call cost about as much as the statement that
 * stores the id). The same approach as Node's own randomUUID.
 */
const pool = Buffer.alloc(4096);
let offset = pool.length;

export function randomToken(bytes: number): string {
  if (offset + bytes > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const token = pool.toString('base64url', offset, offset + bytes);
  offset += bytes;
  return token;
}

/** Unguessable ids: another account's record cannot be found by counting. */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(12)}`;
}
