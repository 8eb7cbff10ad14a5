import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { deliverPendingMessages, MAX_SEND_ATTEMPTS } from '../../server/features/messages/subscribe-sender';
import { availableEngines } from '../support/engines';
import { checkDigitFor, startApiHost, type ApiHost } from '../support/api-host';
import { startFakeWechat, type FakeWechat } from '../support/fake-wechat';

jest.setTimeout(60_000);

const TEMPLATE = 'tmpl-member-added';
const memberFor = (n: number) => {
  const first17 = `22032319600101${String(100 + n).padStart(3, '0')}`;
  return { name: '赵淑华', idNumber: first17 + checkDigitFor(first17), phone: '13512345678', relation: 'mother', consent: true };
};

describe.each(availableEngines())('WeChat login and subscribe messages on %s', (engine) => {
  let wechat: FakeWechat;
  let host: ApiHost;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    host = await startApiHost(engine, {
      env: { WX_APPID: 'wx-test', WX_SECRET: 'secret', WX_API_BASE: wechat.baseUrl, WX_SUBSCRIBE_TEMPLATES: JSON.stringify({ member_added: TEMPLATE }) },
    });
  });
  afterAll(async () => {
    await host?.close();
    await wechat?.close();
  });

  const statusOf = async (accountToken: string) => {
    const me = await host.call('account', 'me', {}, { token: accountToken });
    if (!me.body.ok) throw new Error('me failed');
    return host.app.db.selectFrom('messages').selectAll().where('account_id', '=', me.body.data.user.id).execute();
  };

  it('exchanges a wx.login code for a session through code2Session', async () => {
    wechat.codes.set('code-ok', 'o-wechat-1');
    const result = await host.call('account', 'login', { code: 'code-ok' });
    expect(result.status).toBe(200);
    expect(result.body.ok && result.body.data.user.roles).toEqual([{ role: 'resident', scope: '' }]);
    const again = await host.call('account', 'login', { code: 'code-ok' });
    expect(again.body.ok && result.body.ok && again.body.data.user.id).toBe(result.body.ok && result.body.data.user.id);
  });

  it('refuses a code WeChat does not recognise', async () => {
    const result = await host.call('account', 'login', { code: 'code-bad' });
    expect(result.status).toBe(401);
    expect(!result.body.ok && result.body.error.message).toContain('微信登录');
  });

  it('delivers a notice to a subscribed resident and spends the subscription', async () => {
    wechat.codes.set('code-sub', 'o-wechat-sub');
    const login = await host.call('account', 'login', { code: 'code-sub' });
    if (!login.body.ok) throw new Error('login failed');
    const token = login.body.data.token;
    expect((await host.call('account', 'subscribe', { templateIds: [TEMPLATE] }, { token })).status).toBe(200);
    await host.call('account', 'addMember', memberFor(1), { token });
    const report = await deliverPendingMessages(host.app, host.clock.now());
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const sent = wechat.sent.filter((s) => s.touser === 'o-wechat-sub');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: TEMPLATE, data: { thing1: { value: '家庭成员已添加' } } });
    const [message] = await statusOf(token);
    expect(message).toMatchObject({ delivery_status: 'sent', send_fail_count: 0 });
    const credits = await host.app.db.selectFrom('subscriptions').select('credits').where('template_id', '=', TEMPLATE).executeTakeFirstOrThrow();
    expect(credits.credits).toBe(0);
  });

  it('keeps a notice in the message centre only when the resident has not subscribed', async () => {
    const token = await host.loginFresh('dev-nosub-1');
    await host.call('account', 'addMember', memberFor(2), { token });
    await deliverPendingMessages(host.app, host.clock.now());
    const [message] = await statusOf(token);
    expect(message).toMatchObject({ delivery_status: 'skipped', send_fail_reason: 'not_subscribed' });
  });

  it('records each failed send with its reason and gives up after the last attempt', async () => {
    wechat.codes.set('code-fail', 'o-wechat-fail');
    const login = await host.call('account', 'login', { code: 'code-fail' });
    if (!login.body.ok) throw new Error('login failed');
    const token = login.body.data.token;
    await host.call('account', 'subscribe', { templateIds: [TEMPLATE] }, { token });
    await host.call('account', 'addMember', memberFor(3), { token });
    wechat.failSendsWith = { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    try {
      await deliverPendingMessages(host.app, host.clock.now());
      let [message] = await statusOf(token);
      expect(message).toMatchObject({ delivery_status: 'pending', send_fail_count: 1, send_fail_reason: 'errcode 43101: user refuse to accept the msg' });
      for (let i = 1; i < MAX_SEND_ATTEMPTS; i += 1) await deliverPendingMessages(host.app, host.clock.now());
      [message] = await statusOf(token);
      expect(message).toMatchObject({ delivery_status: 'failed', send_fail_count: MAX_SEND_ATTEMPTS });
    } finally {
      wechat.failSendsWith = null;
    }
  });

  it('refuses to subscribe to a template this service does not use', async () => {
    const token = await host.loginFresh('dev-sub-bad');
    const result = await host.call('account', 'subscribe', { templateIds: ['someone-elses'] }, { token });
    expect(result.status).toBe(400);
  });
});

describe('npm run admin', () => {
  it('grants a role that only the admin command can give, and a resident cannot', async () => {
    const host = await startApiHost('sqlite');
    try {
      const token = await host.loginFresh('dev-admin-1');
      const root = path.resolve(__dirname, '../..');
      const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['server/cli/admin.ts', 'grant', 'dev:dev-admin-1', 'canteen_manager', 'cn-yongsheng'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: host.app.config.dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('canteen_manager(cn-yongsheng)');
      const me = await host.call('account', 'me', {}, { token });
      expect(me.body.ok && me.body.data.user.roles).toEqual(expect.arrayContaining([{ role: 'canteen_manager', scope: 'cn-yongsheng' }]));
      const bad = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['server/cli/admin.ts', 'grant', 'dev:dev-admin-1', 'emperor'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: host.app.config.dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
      expect(bad.status).toBe(2);
    } finally {
      await host.close();
    }
  });
});
