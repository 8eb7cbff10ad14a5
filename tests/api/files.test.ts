import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { filesModule } from '../../cloudfunctions/files/module';
import { defineAction, hasRole } from '../../server/core/action';
import { defineServiceModule } from '../../server/core/service-module';
import { slidingWindowLimiter } from '../../server/core/rate-limiter';
import { inTransaction } from '../../server/db/transaction';
import { deleteAbandonedUploads } from '../../server/features/files/abandoned-uploads';
import { attachFiles } from '../../server/features/files/attach-files';
import { cloudFileStore, type CloudStorageSdk } from '../../server/features/files/cloud-file-store';
import { attachedFileUrls, signedFileUrls } from '../../server/features/files/file-urls';
import { cloudMain } from '../../server/host/cloud-main';
import { SERVICE_MODULES } from '../../server/services';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(60_000);

/** A small service that attaches photos to its "notes"; heating dispatchers may see them. */
const notesModule = defineServiceModule({
  name: 'notes',
  actions: {
    attach: defineAction({
      input: z.object({ noteId: z.string(), photos: z.array(z.string()).max(6) }).strict(),
      auth: 'required',
      mutation: true,
      handle: async ({ noteId, photos }, ctx) => {
        await attachFiles(ctx.db, { accountId: ctx.identity.accountId, fileIds: photos, type: 'note', recordId: noteId });
        // Inside the mutation's transaction: the view is built on ctx.db.
        return { photoUrls: await attachedFileUrls(ctx, { type: 'note', recordId: noteId }) };
      },
    }),
  },
  attachments: { note: async (_db, identity) => hasRole(identity, 'heating_dispatcher') },
});

const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '43/1 20/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '125/1 18/1 0/1' };

/** A JPEG as a phone takes it: sideways (EXIF orientation 6), with the camera and where it was taken. */
function phoneJpeg(width = 60, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'YitongCam', Model: 'Serial-0042' }, IFD3: GPS })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const plain = (format: 'jpeg' | 'png' | 'webp' | 'gif', width = 32, height = 24) =>
  sharp({ create: { width, height, channels: 3, background: '#2e86de' } })[format]().toBuffer();

/** GPS IFD pointer (tag 0x8825, little-endian as libexif writes it). */
const hasGpsIfd = (exif: Buffer | undefined) => exif !== undefined && exif.indexOf(Buffer.from([0x25, 0x88])) >= 0;

describe.each(availableEngines())('photos on %s', (engine) => {
  let host: ApiHost;
  let resident: string;
  let neighbour: string;
  let dispatcher: string;
  let official: string;

  beforeAll(async () => {
    host = await startApiHost(engine, { overrides: { modules: [...SERVICE_MODULES, notesModule] } });
    [resident, neighbour, dispatcher, official] = await Promise.all([host.login('resident-1'), host.login('resident-2'), host.login('heating-dispatcher'), host.login('official')]);
  });
  afterAll(async () => {
    await host?.close();
  });

  const upload = (body: Buffer, options: { token?: string | null; type?: string } = {}) => {
    const token = options.token === undefined ? resident : options.token;
    return host.raw('/api/files', {
      method: 'POST',
      headers: { 'content-type': options.type ?? 'image/jpeg', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(body),
    });
  };

  async function uploaded(body: Buffer, token = resident): Promise<{ fileId: string; width: number; height: number; bytes: number }> {
    const response = await upload(body, { token });
    const answer = await response.json();
    if (!answer.ok) throw new Error(`upload refused: ${answer.error.code}`);
    return answer.data;
  }

  const storedRow = (fileId: string) => host.app.db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
  const storedBytes = async (fileId: string) => (await host.app.files.get((await storedRow(fileId)).storage_key))!;
  const fileCount = async () => Number((await host.app.db.selectFrom('files').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
  const filesOnDisk = () => {
    const root = path.join(host.app.config.dataDir, 'files');
    return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).length : 0;
  };
  const view = (fileId: string, token?: string, method = 'GET') => host.raw(`/files/${fileId}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ctx = () => ({ app: host.app, db: host.app.db, now: host.clock.now() });

  describe('uploading', () => {
    it('takes a JPEG, removes its GPS position and camera details, and turns it upright', async () => {
      const original = await phoneJpeg(60, 40);
      const before = await sharp(original).metadata();
      expect(hasGpsIfd(before.exif)).toBe(true);
      expect(before.orientation).toBe(6);

      const response = await upload(original);
      expect(response.status).toBe(200);
      const answer = await response.json();
      expect(answer).toEqual({ ok: true, data: { fileId: expect.stringMatching(/^file_/), mime: 'image/jpeg', width: 40, height: 60, bytes: expect.any(Number) } });

      const stored = await storedBytes(answer.data.fileId);
      const after = await sharp(stored).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect([after.width, after.height]).toEqual([40, 60]);
      expect(stored.includes(Buffer.from('Exif\0\0'))).toBe(false);
      expect(stored.includes(Buffer.from('YitongCam'))).toBe(false);
      expect(await storedRow(answer.data.fileId)).toMatchObject({ mime: 'image/jpeg', width: 40, height: 60, bytes: stored.length, storage: 'local', attached_type: null });
    });

    it('caps a 4,000 px photo at 2,048 px on its long side', async () => {
      const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } }).jpeg().toBuffer();
      const photo = await uploaded(big);
      expect([photo.width, photo.height]).toEqual([2048, 1536]);
      const stored = await sharp(await storedBytes(photo.fileId)).metadata();
      expect([stored.width, stored.height, stored.format]).toEqual([2048, 1536, 'jpeg']);
    });

    it.each([
      { format: 'png' as const, mime: 'image/png', sent: 'image/png' },
      { format: 'webp' as const, mime: 'image/webp', sent: 'image/webp' },
      { format: 'jpeg' as const, mime: 'image/jpeg', sent: 'image/png' },
      { format: 'png' as const, mime: 'image/png', sent: 'application/octet-stream' },
    ])('keeps a $format photo sent as $sent as $mime (the bytes decide, not the header)', async ({ format, mime, sent }) => {
      const response = await upload(await plain(format), { type: sent });
      const answer = await response.json();
      expect(answer).toMatchObject({ ok: true, data: { mime, width: 32, height: 24 } });
      expect((await sharp(await storedBytes(answer.data.fileId)).metadata()).format).toBe(format);
    });

    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    const refusals: Array<{ name: string; send: () => Promise<Response>; status: number; code: string }> = [
      { name: 'no login', send: async () => upload(await plain('jpeg'), { token: null }), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'a forged token', send: async () => upload(await plain('jpeg'), { token: 'v1.eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.AAAA' }), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'a body over 5 MB', send: async () => upload(Buffer.concat([jpegHeader, Buffer.alloc(5 * 1024 * 1024)])), status: 413, code: 'PAYLOAD_TOO_LARGE' },
      {
        name: 'a body over 5 MB sent without a length',
        send: async () => {
          const chunk = Buffer.concat([jpegHeader, Buffer.alloc(1024 * 1024)]);
          let sent = 0;
          const body = new ReadableStream({
            pull(controller) {
              if (sent++ < 6) controller.enqueue(chunk);
              else controller.close();
            },
          });
          return host.raw('/api/files', { method: 'POST', headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${resident}` }, body, duplex: 'half' } as RequestInit);
        },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      { name: 'a GIF', send: async () => upload(await plain('gif'), { type: 'image/gif' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      { name: 'a GIF that says it is a JPEG', send: async () => upload(await plain('gif')), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      { name: 'an iPhone HEIC', send: async () => upload(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), { type: 'image/heic' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      { name: 'text that says it is a JPEG', send: async () => upload(Buffer.from('<script>alert(1)</script>')), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a PDF', send: async () => upload(Buffer.from('%PDF-1.7\n…'), { type: 'application/pdf' }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a JPEG signature on broken bytes', send: async () => upload(Buffer.concat([jpegHeader, Buffer.alloc(2000, 7)])), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a truncated JPEG', send: async () => upload((await phoneJpeg(400, 300)).subarray(0, 600)), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an empty body', send: async () => upload(Buffer.alloc(0)), status: 400, code: 'VALIDATION_FAILED' },
    ];

    it.each(refusals)('refuses $name with $status $code in Chinese and stores nothing', async ({ send, status, code }) => {
      const before = { rows: await fileCount(), disk: filesOnDisk() };
      const response = await send();
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
      expect(JSON.stringify(body)).not.toMatch(/sharp|vips|at .*\.ts/i);
      expect({ rows: await fileCount(), disk: filesOnDisk() }).toEqual(before);
    });

    it("counts uploads against the account's mutation limit", async () => {
      const original = host.app.limits.mutations;
      host.app.limits.mutations = slidingWindowLimiter(2, 60);
      try {
        const photo = await plain('jpeg');
        const token = await host.loginFresh('o-files-limit');
        expect((await upload(photo, { token })).status).toBe(200);
        expect((await upload(photo, { token })).status).toBe(200);
        const third = await upload(photo, { token });
        expect(third.status).toBe(429);
        expect(await third.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
        // The limit is the account's: someone else still uploads.
        expect((await upload(photo, { token: neighbour })).status).toBe(200);
      } finally {
        host.app.limits.mutations = original;
      }
    });

    it('writes one log line per upload with no personal data', async () => {
      host.calls.length = 0;
      await uploaded(await plain('png'));
      expect(host.calls).toEqual([expect.objectContaining({ fn: 'files', action: 'upload', code: 'OK', host: 'http' })]);
    });
  });

  describe('viewing', () => {
    let fileId: string;
    let bytes: Buffer;
    beforeAll(async () => {
      ({ fileId } = await uploaded(await phoneJpeg()));
      bytes = await storedBytes(fileId);
    });

    it('serves the photo to its owner with its type, private caching and nosniff', async () => {
      const response = await view(fileId, resident);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('private, max-age=300');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    });

    it('answers HEAD with the headers and no body', async () => {
      const response = await view(fileId, resident, 'HEAD');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect((await response.arrayBuffer()).byteLength).toBe(0);
    });

    it('answers everyone else exactly as for a photo that does not exist', async () => {
      const missing = await view('file_doesNotExist000000', neighbour);
      expect(missing.status).toBe(404);
      const missingBody = await missing.text();
      for (const response of [await view(fileId, neighbour), await view(fileId, dispatcher), await view(fileId), await view('..%2F..%2Fsecrets.json', neighbour)]) {
        expect(response.status).toBe(404);
        expect(await response.text()).toBe(missingBody);
      }
    });

    it('refuses an expired or forged token with 401', async () => {
      const response = await host.raw(`/files/${fileId}`, { headers: { authorization: 'Bearer v1.eyJzdWIiOiJ4In0.AAAA' } });
      expect(response.status).toBe(401);
    });

    it('opens a signed link without any header until it expires, and a changed link never', async () => {
      host.clock.set('2026-11-29T02:01:00Z');
      const [url] = await signedFileUrls(ctx(), [fileId]);
      expect(url).toMatch(new RegExp(`^/files/${fileId}\\?expires=\\d+&signature=[\\w-]+$`));
      const response = await host.raw(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/^private, max-age=(\d+)$/);
      const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control')!)![1]);
      expect(maxAge).toBeGreaterThan(0);
      expect(maxAge).toBeLessThanOrEqual(3600);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

      const other = await uploaded(await plain('jpeg'), neighbour);
      const [otherUrl] = await signedFileUrls(ctx(), [other.fileId]);
      const signatureOf = (u: string) => new URL(u, host.baseUrl).searchParams.get('signature')!;
      const expiresOf = (u: string) => Number(new URL(u, host.baseUrl).searchParams.get('expires'));
      const forged = [
        url.replace(/signature=[\w-]+/, `signature=${signatureOf(otherUrl)}`),
        `/files/${other.fileId}?expires=${expiresOf(url)}&signature=${signatureOf(url)}`,
        url.replace(/expires=\d+/, `expires=${expiresOf(url) + 3600}`),
        `/files/${fileId}`,
      ];
      for (const link of forged) expect((await host.raw(link)).status).toBe(404);

      // The same photo shown again minutes later has the same link (the browser's copy serves it).
      host.clock.advance(5 * 60_000);
      expect(await signedFileUrls(ctx(), [fileId])).toEqual([url]);
      host.clock.set(new Date(expiresOf(url) * 1000));
      expect((await host.raw(url)).status).toBe(404);
      host.clock.set('2026-11-29T02:00:00Z');
    });

    it('leaves unknown ids out of the links and keeps the order of the rest', async () => {
      const second = await uploaded(await plain('png'));
      const urls = await signedFileUrls(ctx(), [second.fileId, 'file_nope', fileId]);
      expect(urls.map((u) => u.split('?')[0])).toEqual([`/files/${second.fileId}`, `/files/${fileId}`]);
    });
  });

  describe('attaching to a record', () => {
    const attach = (token: string, noteId: string, photos: string[]) => host.call('notes', 'attach', { noteId, photos }, { token });
    const attachedTo = async (fileId: string) => (await storedRow(fileId)).attached_id;

    it("attaches the caller's own new photos and answers their links", async () => {
      const a = await uploaded(await plain('jpeg'));
      const b = await uploaded(await plain('png'));
      const result = await attach(resident, 'note-1', [a.fileId, b.fileId]);
      expect(result.status).toBe(200);
      expect(result.body.ok && result.body.data.photoUrls.map((u: string) => u.split('?')[0]).sort()).toEqual([`/files/${a.fileId}`, `/files/${b.fileId}`].sort());
      expect([await attachedTo(a.fileId), await attachedTo(b.fileId)]).toEqual(['note-1', 'note-1']);
    });

    it.each([
      { name: "another resident's photo", photos: async () => [(await uploaded(await plain('jpeg'), neighbour)).fileId] },
      {
        name: 'a photo already attached to another record',
        photos: async () => {
          const p = await uploaded(await plain('jpeg'));
          await attach(resident, 'note-other', [p.fileId]);
          return [p.fileId];
        },
      },
      { name: 'a photo that does not exist', photos: async () => ['file_doesNotExist000000'] },
      { name: 'one own photo beside one of someone else', photos: async () => [(await uploaded(await plain('jpeg'))).fileId, (await uploaded(await plain('jpeg'), neighbour)).fileId] },
    ])('refuses $name with VALIDATION_FAILED on photos and attaches none of them', async ({ photos }) => {
      const ids = await photos();
      const before = await Promise.all(ids.map(async (id) => (await host.app.db.selectFrom('files').select('attached_id').where('id', '=', id).executeTakeFirst())?.attached_id));
      const result = await attach(resident, 'note-2', ids);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '只能附上自己上传的照片', fields: { photos: '只能附上自己上传的照片' } } });
      const after = await Promise.all(ids.map(async (id) => (await host.app.db.selectFrom('files').select('attached_id').where('id', '=', id).executeTakeFirst())?.attached_id));
      expect(after).toEqual(before);
      expect(after).not.toContain('note-2');
    });

    it('gives a photo to exactly one of three records racing for it', async () => {
      const photo = await uploaded(await plain('jpeg'));
      const owner = (await storedRow(photo.fileId)).account_id;
      const results = await Promise.allSettled(
        ['note-race-a', 'note-race-b', 'note-race-c'].map((noteId) => inTransaction(host.app.db, (trx) => attachFiles(trx, { accountId: owner, fileIds: [photo.fileId], type: 'note', recordId: noteId }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['VALIDATION_FAILED', 'VALIDATION_FAILED']);
      expect(await attachedTo(photo.fileId)).toMatch(/^note-race-[abc]$/);
    });

    it("shows an attached photo to the record's staff, and to no other staff or resident", async () => {
      const photo = await uploaded(await plain('jpeg'));
      expect((await view(photo.fileId, dispatcher)).status).toBe(404);
      await attach(resident, 'note-3', [photo.fileId]);
      expect((await view(photo.fileId, dispatcher)).status).toBe(200);
      expect((await view(photo.fileId, resident)).status).toBe(200);
      expect((await view(photo.fileId, official)).status).toBe(404);
      expect((await view(photo.fileId, neighbour)).status).toBe(404);
    });

    it('deletes photos left unattached for a day, bytes and all, and keeps attached ones', async () => {
      const kept = await uploaded(await plain('jpeg'));
      await attach(resident, 'note-4', [kept.fileId]);
      const abandoned = await uploaded(await plain('jpeg'));
      const abandonedKey = (await storedRow(abandoned.fileId)).storage_key;
      const at = new Date(host.clock.now().getTime() + 25 * 3600_000);
      expect(await deleteAbandonedUploads(host.app, at)).toBeGreaterThanOrEqual(1);
      expect(await host.app.db.selectFrom('files').select('id').where('id', '=', abandoned.fileId).executeTakeFirst()).toBeUndefined();
      expect(await host.app.files.get(abandonedKey)).toBeNull();
      expect(await storedRow(kept.fileId)).toMatchObject({ attached_id: 'note-4' });
      expect(await deleteAbandonedUploads(host.app, at)).toBe(0);
    });
  });

  describe('on WeChat (CloudBase storage through a stand-in for wx-server-sdk)', () => {
    let cloudHost: ApiHost;
    const objects = new Map<string, Buffer>();
    const ENV = 'cloud://nmx-test.6e6d-nmx-test-1250000000';
    const sdk: CloudStorageSdk = {
      uploadFile: async ({ cloudPath, fileContent }) => {
        objects.set(`${ENV}/${cloudPath}`, fileContent);
        return { fileID: `${ENV}/${cloudPath}` };
      },
      downloadFile: async ({ fileID }) => {
        const content = objects.get(fileID);
        if (!content) throw new Error('storage file not exist');
        return { fileContent: content };
      },
      deleteFile: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, status: objects.delete(fileID) ? 0 : -503003, errMsg: 'ok' })) }),
      getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map(({ fileID, maxAge }) => ({ fileID, status: 0, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}?t=${maxAge}` })) }),
    };
    const main = () => cloudMain(filesModule, { app: async () => cloudHost.app, openid: (_event, context) => (context as { OPENID?: string }).OPENID });
    /** What `Taro.cloud.uploadFile` does from the phone: put the raw photo at the path it was given. */
    const phoneUploads = (cloudPath: string, bytes: Buffer) => sdk.uploadFile({ cloudPath, fileContent: bytes }).then((r) => r.fileID);

    beforeAll(async () => {
      cloudHost = await startApiHost(engine, { overrides: { fileStore: cloudFileStore(sdk) } });
    });
    afterAll(async () => {
      await cloudHost?.close();
    });

    it('registers an upload: re-encoded without location into photos/, the raw upload deleted', async () => {
      const target = await main()({ action: 'uploadTarget', data: {} }, { OPENID: 'o-photo-1' });
      expect(target).toMatchObject({ ok: true, data: { cloudPath: expect.stringMatching(/^uploads\/[\w-]{22}\/[\w-]+$/) } });
      const cloudFileId = await phoneUploads((target as any).data.cloudPath, await phoneJpeg(60, 40));

      const registered = await main()({ action: 'register', data: { cloudFileId } }, { OPENID: 'o-photo-1' });
      expect(registered).toMatchObject({ ok: true, data: { fileId: expect.stringMatching(/^file_/), width: 40, height: 60 } });
      const fileId = (registered as any).data.fileId;
      expect(objects.has(cloudFileId)).toBe(false);
      const row = await cloudHost.app.db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ storage: 'cloud', storage_key: `${ENV}/photos/${fileId}.jpg` });
      expect((await sharp(objects.get(row.storage_key)!).metadata()).exif).toBeUndefined();

      const urls = await signedFileUrls({ app: cloudHost.app, db: cloudHost.app.db, now: cloudHost.clock.now() }, [fileId]);
      expect(urls).toEqual([`https://tmp.example/${encodeURIComponent(row.storage_key)}?t=1800`]);
    });

    it("refuses to register another resident's upload, and anything outside the caller's folder", async () => {
      const target = (await main()({ action: 'uploadTarget', data: {} }, { OPENID: 'o-photo-2' })) as any;
      const theirs = await phoneUploads(target.data.cloudPath, await plain('jpeg'));
      for (const cloudFileId of [theirs, `${ENV}/photos/file_x.jpg`, `${ENV}/uploads/../photos/x.jpg`]) {
        const result = await main()({ action: 'register', data: { cloudFileId } }, { OPENID: 'o-photo-3' });
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
      expect(objects.has(theirs)).toBe(true);
    });

    it('deletes a refused upload too (it still has its location data)', async () => {
      const target = (await main()({ action: 'uploadTarget', data: {} }, { OPENID: 'o-photo-4' })) as any;
      const gif = await phoneUploads(target.data.cloudPath, await plain('gif'));
      const result = await main()({ action: 'register', data: { cloudFileId: gif } }, { OPENID: 'o-photo-4' });
      expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
      expect(objects.has(gif)).toBe(false);
    });

    it('is not offered on the local host, which takes photos at POST /api/files', async () => {
      const result = await host.call('files', 'uploadTarget', {}, { token: resident });
      expect(result).toMatchObject({ status: 404, body: { ok: false, error: { code: 'UNKNOWN_ACTION' } } });
    });
  });
});
