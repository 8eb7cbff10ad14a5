import type { IncomingMessage } from 'node:http';
import type { App } from '../app';
import { outcomeOf } from '../core/dispatch';
import { failure, success, type Envelope } from '../core/envelope';
import { AppError } from '../core/errors';
import { resolveToken } from '../features/account/identity';
import { mayViewFile } from '../features/files/file-access';
import { fileRepository } from '../features/files/file-repository';
import { verifyFileSignature } from '../features/files/file-urls';
import { acceptPhoto, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from '../features/files/photo-upload';

/**
 * The two photo routes of the local host: `POST /api/files` (the raw image as the body) and
 * `GET /files/<fileId>` (to its owner, to staff of the record it is attached to, or with a
 * signed link). They answer what to send; the host writes it.
 */

export interface JsonAnswer {
  status: number;
  envelope: Envelope;
}

export type FileAnswer = JsonAnswer | { status: 200; headers: Record<string, string | number>; body: Buffer };

const refusal = (error: AppError): JsonAnswer => ({ status: error.status, envelope: failure(error.code, error.message, error.fields) });

/** Bodies larger than the limit are drained, not kept, so the refusal still reaches the client. */
function readUpload(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function identityOf(app: App, token: string | undefined, now: Date) {
  if (!token) return null;
  const identity = await resolveToken(app, token, now);
  if (!identity) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
  return identity;
}

/** `POST /api/files`: login required, counted as a mutation, at most 5 MB. */
export async function uploadPhotoRoute(app: App, req: IncomingMessage, token: string | undefined): Promise<JsonAnswer> {
  const started = process.hrtime.bigint();
  let answer: JsonAnswer;
  try {
    const now = app.clock.now();
    const identity = await identityOf(app, token, now);
    if (!identity) throw new AppError('UNAUTHENTICATED');
    if (!app.limits.mutations.tryTake(identity.accountId, now)) throw new AppError('RATE_LIMITED');
    const body = await readUpload(req, MAX_UPLOAD_BYTES);
    if (body === 'too-large') throw new AppError('PAYLOAD_TOO_LARGE', UPLOAD_MESSAGES.tooLarge);
    const photo = await acceptPhoto({ db: app.db, store: app.files, now }, { accountId: identity.accountId, body });
    answer = { status: 200, envelope: success(photo) };
  } catch (error) {
    // Refused before the body was read: let the rest of it pass so the client gets the answer.
    req.resume();
    answer = outcomeOf(app, error, { fn: 'files', action: 'upload' });
  }
  logCall(app, 'upload', answer, started);
  return answer;
}

/** A signed link's copy may be kept until it expires (at most an hour); a bearer fetch's five minutes. */
const MAX_CACHE_SECONDS = 3600;
const BEARER_CACHE_SECONDS = 300;

/** `GET /files/<fileId>`: anyone who may not see the file gets the same 404 as for a missing one. */
export async function fileRoute(app: App, fileId: string, query: URLSearchParams, token: string | undefined): Promise<FileAnswer> {
  const started = process.hrtime.bigint();
  let answer: FileAnswer;
  try {
    answer = await fileAnswer(app, fileId, query, token);
  } catch (error) {
    answer = outcomeOf(app, error, { fn: 'files', action: 'view' });
  }
  logCall(app, 'view', answer, started);
  return answer;
}

async function fileAnswer(app: App, fileId: string, query: URLSearchParams, token: string | undefined): Promise<FileAnswer> {
  const now = app.clock.now();
  const notFound = refusal(new AppError('NOT_FOUND', '照片不存在或无权查看'));
  const identity = await identityOf(app, token, now);
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(fileId)) return notFound;
  const file = await fileRepository(app.db).byId(fileId);
  if (!file || file.storage !== app.files.kind) return notFound;

  const signedUntil = verifyFileSignature(app, fileId, query, now);
  let cacheSeconds: number;
  if (signedUntil !== null) cacheSeconds = Math.min(MAX_CACHE_SECONDS, signedUntil - Math.floor(now.getTime() / 1000));
  else if (identity && (await mayViewFile(app, identity, file))) cacheSeconds = BEARER_CACHE_SECONDS;
  else return notFound;

  const body = await app.files.get(file.storage_key);
  if (!body) {
    app.logger.error('file_bytes_missing', { storage: file.storage });
    return notFound;
  }
  return {
    status: 200,
    body,
    headers: {
      'content-type': file.mime,
      'content-length': body.length,
      'cache-control': `private, max-age=${cacheSeconds}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      // The same path answers different viewers differently.
      vary: 'authorization',
    },
  };
}

function logCall(app: App, action: string, answer: FileAnswer, started: bigint) {
  const code = 'envelope' in answer ? (answer.envelope.ok ? 'OK' : answer.envelope.error.code) : 'OK';
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  app.logger.call({ fn: 'files', action, code, ms: Math.round(ms * 10) / 10, host: 'http' });
}
