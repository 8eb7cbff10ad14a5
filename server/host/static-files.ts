import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Code and data: a browser runs or parses these, so a missing one is a 404, never index.html. */
const CODE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.wasm']);

/** The types `npm run build:h5` precompresses (scripts/precompress.mjs). */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json']);

/** Preferred first: brotli is about 15 % smaller than gzip on this app's scripts. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Taro's H5 build names scripts and styles by their content (`js/app.f7482f97.js`): a
 * changed file gets a new name, so a phone may keep these for a year without asking again.
 */
const HASHED = /\.[0-9a-f]{8,20}\./;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidated (an ETag keeps that cheap). */
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>暖民心</title>
<p>H5 应用尚未构建。请运行 <code>npm run build:h5</code>（<code>npm start</code> 会自动构建）。</p>`;

/** Whether the client takes an encoding (`br;q=0` refuses it; `*` takes what is not named). */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  let wildcard: number | null = null;
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (name.trim() === encoding) return weight > 0;
    if (name.trim() === '*') wildcard = weight;
  }
  return wildcard !== null && wildcard > 0;
}

const statFile = (file: string) => {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
};

/** The file a path names inside the build, or null (outside it, a dotfile, missing). */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalized = path.posix.normalize(`/${decoded}`);
  if (normalized.split('/').some((segment) => segment.startsWith('.'))) return null;
  const resolved = path.resolve(root, `.${normalized}`);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/**
 * Serves the H5 build. The router uses hash mode, so every page is index.html; a missing
 * script or style is a 404 (never index.html under a script's name). Text files go
 * out precompressed when the client takes br or gzip and the build has a fresh copy.
 */
export function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): void {
  const index = path.join(root, 'index.html');
  let file = fileFor(root, urlPath);
  let stat = file ? statFile(file) : null;
  if (!stat) {
    if (CODE.has(path.posix.extname(urlPath).toLowerCase())) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    file = index;
    stat = statFile(index);
  }
  if (!file || !stat) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(NOT_BUILT);
    return;
  }

  const ext = path.extname(file);
  const isIndex = file === index;
  const headers: Record<string, string | number> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': isIndex ? REVALIDATE : HASHED.test(path.basename(file)) ? IMMUTABLE : SHORT,
    'x-content-type-options': 'nosniff',
    etag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
  };

  let body = file;
  let size = stat.size;
  if (COMPRESSIBLE.has(ext)) {
    headers.vary = 'accept-encoding';
    const accept = req.headers['accept-encoding'];
    for (const encoding of ENCODINGS) {
      if (!acceptsEncoding(Array.isArray(accept) ? accept.join(',') : accept, encoding.name)) continue;
      const copy = statFile(file + encoding.suffix);
      // A copy older than its original is stale (e.g. a watch rebuild since): never sent.
      if (!copy || copy.mtimeMs < stat.mtimeMs) continue;
      body = file + encoding.suffix;
      size = copy.size;
      headers['content-encoding'] = encoding.name;
      headers.etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}-${encoding.name}"`;
      break;
    }
  }

  if (req.headers['if-none-match'] === headers.etag) {
    delete headers['content-encoding'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-length'] = size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}
