import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../app';
import { dispatch } from '../core/dispatch';
import { failure, type Envelope } from '../core/envelope';
import { GENERIC_ERRORS, type GenericCode } from '../core/errors';
import { fileRoute, uploadPhotoRoute } from './file-routes';
import { serveStatic } from './static-files';

function send(res: ServerResponse, envelope: Envelope, status = 200): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** A refusal decided by the host itself, before any function runs. */
function refuse(res: ServerResponse, code: GenericCode, message: string = GENERIC_ERRORS[code].message): void {
  send(res, failure(code, message), GENERIC_ERRORS[code].status);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : header;
}

async function handleApi(app: App, fn: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse(res, 'METHOD_NOT_ALLOWED');
  }
  const type = String(req.headers['content-type'] ?? 'application/json');
  if (!/^application\/json\b/i.test(type) && !/^text\/plain\b/i.test(type)) {
    return refuse(res, 'UNSUPPORTED_MEDIA_TYPE');
  }
  let raw: string;
  try {
    raw = await readBody(req, app.config.maxBodyBytes);
  } catch (error) {
    return error instanceof BodyTooLarge ? refuse(res, 'PAYLOAD_TOO_LARGE', '提交的内容超过 100 KB') : refuse(res, 'MALFORMED_REQUEST');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refuse(res, 'MALFORMED_REQUEST', '请求内容不是有效的 JSON');
  }
  const token = bearer(req);
  const outcome = await dispatch(app, fn, body, { kind: 'token', token, address: clientAddress(app, req) });
  send(res, outcome.envelope, outcome.status);
}

/** The caller's address for per-address limits; X-Forwarded-For only behind a trusted proxy (TRUST_PROXY=1). */
function clientAddress(app: App, req: IncomingMessage): string {
  const forwarded = app.config.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return (forwarded || req.socket.remoteAddress || 'unknown').slice(0, 64);
}

/** Photos come as their raw bytes; a JSON body on the same path is a call of the `files` function. */
const isPhotoUpload = (req: IncomingMessage, pathname: string) =>
  pathname === '/api/files' && req.method === 'POST' && !/^application\/json\b/i.test(String(req.headers['content-type'] ?? 'application/json'));

async function servePhoto(app: App, req: IncomingMessage, res: ServerResponse, fileId: string, url: string): Promise<void> {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const answer = await fileRoute(app, fileId, query, bearer(req));
  if ('envelope' in answer) return send(res, answer.envelope, answer.status);
  res.writeHead(answer.status, answer.headers);
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A service's interop page (Open311, JSON-LD…); false when no module claims the path. */
async function serveModuleRoute(app: App, pathname: string, url: string, res: ServerResponse): Promise<boolean> {
  for (const module of app.modules) {
    for (const route of module.httpRoutes ?? []) {
      const match = route.path.exec(pathname);
      if (!match) continue;
      const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
      let answer: { status: number; body: unknown; contentType?: string };
      try {
        answer = await route.handle(app, match, query);
      } catch (error) {
        app.logger.error('route_failed', { module: module.name, kind: error instanceof Error ? error.name : typeof error });
        answer = { status: 503, body: { error: 'unavailable' } };
      }
      const body = JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        'content-type': answer.contentType ?? 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
      return true;
    }
  }
  return false;
}

/** The local HTTP host: the same handlers as the cloud functions, identity from a session token. */
export function createHttpHost(app: App): http.Server {
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0];
    const api = /^\/api\/([^/]+)\/?$/.exec(pathname);
    const photo = /^\/files\/([^/]+)$/.exec(pathname);
    const work = async () => {
      if (isPhotoUpload(req, pathname)) {
        const answer = await uploadPhotoRoute(app, req, bearer(req));
        return send(res, answer.envelope, answer.status);
      }
      if (api) return handleApi(app, safeDecode(api[1]), req, res);
      if (pathname.startsWith('/api/') || pathname === '/api') return refuse(res, 'UNKNOWN_FUNCTION');
      if (pathname === '/healthz') {
        return send(res, { ok: true, data: { status: 'ok', engine: app.engine } });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'METHOD_NOT_ALLOWED');
      if (photo) return servePhoto(app, req, res, photo[1], url);
      if (await serveModuleRoute(app, pathname, url, res)) return;
      serveStatic(app.config.h5Dir, pathname, req, res);
    };
    work().catch(() => {
      app.logger.error('http_unhandled', { path: api ? 'api' : 'static' });
      if (!res.headersSent) refuse(res, 'INTERNAL');
      else res.end();
    });
  });
}

export async function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}
