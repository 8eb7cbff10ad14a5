import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { App } from '../../app';
import type { Database, FileTable } from '../../db/schema';
import { fileRepository } from './file-repository';

/** How long a photo link in a view keeps working: long enough to look, short if it leaks. */
export const FILE_URL_TTL_SECONDS = 30 * 60;

/**
 * Expiries are rounded up to the next 10 minutes, so the same photo shown again within that
 * time has the same URL and comes from the browser's cache.
 */
const EXPIRY_STEP_SECONDS = 10 * 60;

const PURPOSE = 'file-url/v1';

export const fileUrlExpiry = (now: Date): number => Math.ceil((now.getTime() / 1000 + FILE_URL_TTL_SECONDS) / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;

/** `/files/<id>?expires=…&signature=…`: an `<img src>` cannot send the bearer token. */
export function signFileUrl(app: Pick<App, 'tokens'>, fileId: string, expires: number): string {
  return `/files/${fileId}?expires=${expires}&signature=${app.tokens.mac(PURPOSE, `${fileId}.${expires}`)}`;
}

/** The expiry (seconds) of a valid, unexpired signature for this file; null otherwise. */
export function verifyFileSignature(app: Pick<App, 'tokens'>, fileId: string, query: URLSearchParams, now: Date): number | null {
  const expiresText = query.get('expires') ?? '';
  const signature = query.get('signature') ?? '';
  if (!/^\d{1,12}$/.test(expiresText) || signature.length === 0) return null;
  const expires = Number(expiresText);
  if (expires * 1000 <= now.getTime()) return null;
  const expected = Buffer.from(app.tokens.mac(PURPOSE, `${fileId}.${expires}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? expires : null;
}

/**
 * What the helpers need from the call: the app (keys, store), the call's database handle
 * (inside a mutation that is its transaction: on SQLite a query on `app.db` would wait for
 * the transaction forever) and the time. An action's context is one.
 */
export interface FileUrlContext {
  app: App;
  db: Kysely<Database>;
  now: Date;
}

async function urlsOf({ app, now }: FileUrlContext, rows: Pick<FileTable, 'id' | 'storage' | 'storage_key'>[]): Promise<string[]> {
  const cloudRows = rows.filter((row) => row.storage === 'cloud');
  const temporary = new Map<string, string | null>();
  if (cloudRows.length > 0 && app.files.temporaryUrls) {
    const urls = await app.files.temporaryUrls(
      cloudRows.map((row) => row.storage_key),
      FILE_URL_TTL_SECONDS,
    );
    cloudRows.forEach((row, i) => temporary.set(row.id, urls[i]));
  }
  const expires = fileUrlExpiry(now);
  return rows.flatMap((row) => {
    if (row.storage !== 'cloud') return [signFileUrl(app, row.id, expires)];
    const url = temporary.get(row.id);
    return url ? [url] : [];
  });
}

/**
 * Links to these photos for a viewer the calling service has already allowed to see them
 * (its own view of a record): signed `/files/…` paths on the local host (relative: the
 * mini-app puts its API origin in front), CloudBase temporary URLs on WeChat. Unknown ids
 * are left out; the order is kept.
 */
export async function signedFileUrls(ctx: FileUrlContext, fileIds: readonly string[]): Promise<string[]> {
  const rows = await fileRepository(ctx.db).byIds(fileIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return urlsOf(
    ctx,
    fileIds.flatMap((id) => byId.get(id) ?? []),
  );
}

/** Links to every photo attached to a record, oldest first: what a service puts in `photoUrls`. */
export async function attachedFileUrls(ctx: FileUrlContext, record: { type: string; recordId: string }): Promise<string[]> {
  return urlsOf(ctx, await fileRepository(ctx.db).attachedTo(record.type, record.recordId));
}
