import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(60_000);

/**
 * The H5 host's file server over real HTTP, on a tiny build-shaped folder compressed by the
 * same script `npm run build:h5` runs. It reads no database, so one engine is enough.
 */
const root = path.resolve(__dirname, '../..');
const APP_JS = `/* app */\n${'export const greeting = "暖民心";\n'.repeat(400)}`;
const INDEX = '<!doctype html><html lang="zh-CN"><head><script defer src="/js/app.0a1b2c3d.js"></script></head><body><div id="app"></div></body></html>';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, not fetch: fetch decodes bodies and normalises `..` out of paths. */
function get(baseUrl: string, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the H5 host serves compressed, cacheable files', () => {
  let parent: string;
  let h5Dir: string;
  let host: ApiHost;
  let precompressOutput: string;

  beforeAll(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'nmx-h5-'));
    h5Dir = path.join(parent, 'h5');
    fs.mkdirSync(path.join(h5Dir, 'js'), { recursive: true });
    fs.mkdirSync(path.join(h5Dir, 'css'));
    fs.writeFileSync(path.join(h5Dir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(h5Dir, 'js', 'app.0a1b2c3d.js'), APP_JS);
    fs.writeFileSync(path.join(h5Dir, 'css', 'app.9f8e7d6c.css'), `.page{color:#262626}\n`.repeat(200));
    fs.writeFileSync(path.join(h5Dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    fs.writeFileSync(path.join(h5Dir, 'manifest.json'), JSON.stringify({ name: '暖民心', icons: Array.from({ length: 30 }, (_, i) => ({ src: `/icon-${i}.png` })) }));
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'TOKEN_SECRET=do-not-serve');
    fs.writeFileSync(path.join(parent, 'secret.json'), '{"TOKEN_SECRET":"do-not-serve"}');
    precompressOutput = execFileSync('node', [path.join(root, 'scripts/precompress.mjs'), h5Dir], { encoding: 'utf8' });
    host = await startApiHost('sqlite', { env: { H5_DIR: h5Dir } });
  });
  afterAll(async () => {
    await host?.close();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('precompresses text files only, each copy smaller than its original', () => {
    expect(precompressOutput).toMatch(/precompress: 4 files/);
    for (const file of ['index.html', 'js/app.0a1b2c3d.js', 'css/app.9f8e7d6c.css', 'manifest.json']) {
      const original = fs.readFileSync(path.join(h5Dir, file));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(h5Dir, `${file}.br`))).equals(original)).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(h5Dir, `${file}.gz`))).equals(original)).toBe(true);
    }
    expect(fs.existsSync(path.join(h5Dir, 'logo.png.br'))).toBe(false);
    expect(fs.readFileSync(path.join(h5Dir, 'js/app.0a1b2c3d.js.br')).length).toBeLessThan(APP_JS.length / 10);
  });

  it.each([
    { acceptEncoding: 'gzip, deflate, br, zstd', expected: 'br' },
    { acceptEncoding: 'gzip, deflate', expected: 'gzip' },
    { acceptEncoding: 'br;q=0, gzip', expected: 'gzip' },
    { acceptEncoding: 'BR', expected: 'br' },
    { acceptEncoding: '*', expected: 'br' },
    { acceptEncoding: 'gzip;q=0, *;q=0.1', expected: 'br' },
    { acceptEncoding: 'identity', expected: undefined },
    { acceptEncoding: 'deflate', expected: undefined },
    { acceptEncoding: 'br;q=0, gzip;q=0', expected: undefined },
    { acceptEncoding: '', expected: undefined },
  ])('Accept-Encoding "$acceptEncoding" gets $expected', async ({ acceptEncoding, expected }) => {
    const answer = await get(host.baseUrl, '/js/app.0a1b2c3d.js', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(expected);
    expect(answer.headers.vary).toBe('accept-encoding');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    const decoded = expected === 'br' ? zlib.brotliDecompressSync(answer.body) : expected === 'gzip' ? zlib.gunzipSync(answer.body) : answer.body;
    expect(decoded.toString('utf8')).toBe(APP_JS);
  });

  it.each([
    { path: '/js/app.0a1b2c3d.js', cache: 'public, max-age=31536000, immutable' },
    { path: '/css/app.9f8e7d6c.css', cache: 'public, max-age=31536000, immutable' },
    { path: '/', cache: 'no-cache' },
    { path: '/index.html', cache: 'no-cache' },
    { path: '/pages/index/index', cache: 'no-cache' },
    { path: '/manifest.json', cache: 'public, max-age=3600' },
    { path: '/logo.png', cache: 'public, max-age=3600' },
  ])('$path is cached as "$cache"', async ({ path: p, cache }) => {
    const answer = await get(host.baseUrl, p, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe(cache);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends index.html, compressed, for every page of the hash router', async () => {
    const answer = await get(host.baseUrl, '/pages/index/index', { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(answer.body).toString()).toBe(INDEX);
  });

  it.each(['/js/app.deadbeef.js', '/css/app.deadbeef.css', '/js/app.deadbeef.js.map'])('answers a missing script or style with 404, never index.html under its name: %s', async (missing) => {
    const answer = await get(host.baseUrl, missing);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('<html');
  });

  it.each(['/../secret.txt', '/js/../../secret.txt', '/%2e%2e/secret.txt', '/js/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00/../secret.txt', '//secret.txt', '/../secret.json', '/%2e%2e/secret.json'])(
    'never serves a file outside the build: %s',
    async (rawPath) => {
      const answer = await get(host.baseUrl, rawPath);
      expect(answer.body.toString()).not.toContain('do-not-serve');
      // What is left is index.html (a page of the hash router) or, for code, a 404.
      expect(answer.status === 404 || answer.body.toString() === INDEX).toBe(true);
    },
  );

  it('answers HEAD with the headers of GET and no body', async () => {
    const [head, full] = await Promise.all([get(host.baseUrl, '/js/app.0a1b2c3d.js', { 'accept-encoding': 'br' }, 'HEAD'), get(host.baseUrl, '/js/app.0a1b2c3d.js', { 'accept-encoding': 'br' })]);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const header of ['content-length', 'content-encoding', 'content-type', 'cache-control', 'vary', 'etag']) expect(head.headers[header]).toBe(full.headers[header]);
  });

  it('revalidates index.html with its ETag: 304 and no body when unchanged', async () => {
    const first = await get(host.baseUrl, '/', { 'accept-encoding': 'br' });
    const again = await get(host.baseUrl, '/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(host.baseUrl, '/', { 'if-none-match': String(first.headers.etag) })).status).toBe(200);
  });

  it('never sends a compressed copy older than its original (a rebuild without precompress)', async () => {
    const file = path.join(h5Dir, 'manifest.json');
    const later = new Date(Date.now() + 60_000);
    fs.writeFileSync(file, '{"name":"rebuilt"}');
    fs.utimesSync(file, later, later);
    const answer = await get(host.baseUrl, '/manifest.json', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('{"name":"rebuilt"}');
  });
});
