import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountModule } from '../../cloudfunctions/account/module';
import { cloudMain } from '../../server/host/cloud-main';
import { availableEngines } from '../support/engines';
import { checkDigitFor, startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(60_000);

const first17 = '22032319800716203';
const member = { name: '李向东', idNumber: first17 + checkDigitFor(first17), phone: '13504347788', relation: 'self', consent: true };

describe.each(availableEngines())('the WeChat cloud host on %s', (engine) => {
  let host: ApiHost;
  beforeAll(async () => {
    host = await startApiHost(engine);
  });
  afterAll(async () => {
    await host?.close();
  });

  /** WeChat puts the caller's OPENID in the invocation context; the payload cannot name it. */
  const mainFor = () => cloudMain(accountModule, { app: async () => host.app, openid: (_event, context) => (context as { OPENID?: string }).OPENID });

  it('takes identity from the WeChat context and creates the resident on first call', async () => {
    const main = mainFor();
    const me = await main({ action: 'me', data: {}, userInfo: { appId: 'wx1', openId: 'o-spoofed' } }, { OPENID: 'o-cloud-1' });
    expect(me.ok).toBe(true);
    const added = await main({ action: 'addMember', data: member, requestId: 'cloud-req-01' }, { OPENID: 'o-cloud-1' });
    expect(added).toMatchObject({ ok: true, data: { name: '李向东', phoneMasked: '135****7788' } });
    const retried = await main({ action: 'addMember', data: member, requestId: 'cloud-req-01' }, { OPENID: 'o-cloud-1' });
    expect(retried).toEqual(added);
    const account = await host.app.db.selectFrom('accounts').select('id').where('openid', '=', 'o-cloud-1').executeTakeFirstOrThrow();
    const members = await host.app.db.selectFrom('members').select('id').where('account_id', '=', account.id).execute();
    expect(members).toHaveLength(1);
    expect(await host.app.db.selectFrom('accounts').select('id').where('openid', '=', 'o-spoofed').executeTakeFirst()).toBeUndefined();
  });

  it('answers UNAUTHENTICATED without a WeChat identity', async () => {
    const result = await mainFor()({ action: 'members', data: {} }, {});
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('never offers dev login on the cloud host', async () => {
    const main = mainFor();
    expect(await main({ action: 'devLogin', data: { persona: 'official' } }, { OPENID: 'o-cloud-2' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await main({ action: 'loginOptions', data: {} }, {})).toMatchObject({ ok: true, data: { devLogin: false, wechatLogin: true, personas: [] } });
  });

  it('refuses unknown actions and bad input with the same envelope as HTTP', async () => {
    const main = mainFor();
    expect(await main({ action: 'nope' }, { OPENID: 'o-cloud-3' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await main({ action: 'addMember', data: { ...member, extra: 1 } }, { OPENID: 'o-cloud-3' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { extra: '不支持的字段：extra' } },
    });
  });
});

describe('npm run build:cloud', () => {
  const root = path.resolve(__dirname, '../..');
  let sdkDir: string;
  let dataDir: string;

  beforeAll(() => {
    execFileSync('node', ['scripts/build-cloud.mjs'], { cwd: root, stdio: 'pipe' });
    // WeChat's SDK exists only in its cloud; this stand-in reads OPENID the way the runtime supplies it.
    sdkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmx-sdk-'));
    fs.mkdirSync(path.join(sdkDir, 'wx-server-sdk'));
    fs.writeFileSync(
      path.join(sdkDir, 'wx-server-sdk', 'index.js'),
      'exports.DYNAMIC_CURRENT_ENV = "dyn"; exports.init = () => {}; exports.getWXContext = () => ({ OPENID: process.env.WX_OPENID });',
    );
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmx-cloud-'));
  });
  afterAll(() => {
    fs.rmSync(sdkDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes a deployable folder with its own package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'dist/cloudfunctions/account/package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'account', main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } });
  });

  it('runs the bundled exports.main with identity from the WeChat context', () => {
    const script = `
      const { main } = require(${JSON.stringify(path.join(root, 'dist/cloudfunctions/account/index.js'))});
      main({ action: 'addMember', data: ${JSON.stringify(member)} }, {})
        .then(() => main({ action: 'members', data: {} }, {}))
        .then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); });`;
    const run = spawnSync('node', ['-e', script], {
      env: { ...process.env, NODE_PATH: sdkDir, DATA_DIR: dataDir, DATABASE_URL: '', WX_OPENID: 'o-bundle-1', LOG: '0' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.ok).toBe(true);
    expect(result.data.members).toHaveLength(1);
    expect(result.data.members[0].idNumberMasked).toMatch(/^2203\*{10}/);
  });

  it('refuses to start without a database on the cloud', () => {
    const script = `require(${JSON.stringify(path.join(root, 'dist/cloudfunctions/account/index.js'))}).main({ action: 'me' }, {}).then(() => process.exit(0), (e) => { process.stdout.write(e.message); process.exit(0); });`;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: sdkDir, WX_OPENID: 'o-bundle-2' };
    delete env.DATABASE_URL;
    delete env.DATA_DIR;
    const run = spawnSync('node', ['-e', script], { env, encoding: 'utf8' });
    expect(run.stdout).toContain('DATABASE_URL');
  });
});
