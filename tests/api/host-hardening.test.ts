import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { manualClock } from '../../server/core/clock';
import { silentLogger } from '../../server/core/logger';
import { createHttpHost, listen } from '../../server/host/http-host';
import { segmentId } from '../../server/features/clinic/demo-schedules';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { createTestDatabase } from '../support/test-database';
import { codeOf, freshIdNumber, newResident, ok } from '../support/fixtures';

jest.setTimeout(180_000);

const OLD = 'c-first-old';

describe.each(availableEngines())('what the host refuses, on %s', (engine) => {
  let host: ApiHost;
  let admin: string;
  beforeAll(async () => {
    host = await startApiHost(engine, { now: '2026-11-29T02:00:00Z' });
    admin = await host.login('hospital-admin');
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set('2026-11-29T02:00:00Z'));

  describe('text with control characters or bidi overrides', () => {
    it.each([
      ['clinic', 'book', { memberId: 'x\u0000', slotId: 'y' }],
      ['clinic', 'quote', { memberId: 'mem', slotId: 'seg\u0000' }],
      ['clinic', 'slots', { hospitalId: 'h-first', campusId: OLD, departmentId: 'x\u0000', date: '2026-11-30' }],
      ['clinic', 'cancel', { registrationId: 'reg\u0000' }],
      ['clinic', 'signUpFreeClinic', { freeClinicId: 'fc\u0000', memberId: 'm' }],
      ['account', 'markRead', { messageId: 'msg\u0000' }],
      ['account', 'removeMember', { memberId: '\u202emem' }],
    ])('%s.%s refuses %j with VALIDATION_FAILED', async (fn, action, data) => {
      const token = await host.login('resident-1');
      const r = await host.call(fn, action, data, { token });
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
    });

    it('refuses a reason or a doctor name that would show reversed to residents', async () => {
      const reprice = await host.call('clinic', 'reprice', { registrationId: 'reg_x', reason: '\u202e非同一疾病' }, { token: admin });
      expect(codeOf(reprice)).toBe('VALIDATION_FAILED');
      const segment = { session: 'am', start: '08:00', end: '09:00', capacity: 5, clinicType: 'expert', registrationFee: 300, consultationFee: 1200, doctorName: '\u202e生医' };
      const published = await host.call('clinic', 'publishSchedule', { hospitalId: 'h-first', campusId: OLD, departmentId: `${OLD}-cardiology`, date: '2026-12-10', segments: [segment] }, { token: admin });
      expect(codeOf(published)).toBe('VALIDATION_FAILED');
      expect(published.body).toMatchObject({ error: { fields: { 'segments.0.doctorName': '含有不允许的字符' } } });
    });
  });

  describe('the desk and the schedule', () => {
    it('refuses a no-show before the segment has ended, and arrival before the visit day', async () => {
      host.clock.set('2026-11-28T23:30:00Z'); // 07:30 on 11-29
      const p = await newResident(host, `desk-early-${engine}`);
      const today = ok(await host.call('clinic', 'book', { memberId: p.memberId, slotId: segmentId(`${OLD}-surgery`, '2026-11-29', 1) }, { token: p.token }));
      const tomorrow = ok(await host.call('clinic', 'book', { memberId: p.memberId, slotId: segmentId(`${OLD}-surgery`, '2026-11-30', 1) }, { token: p.token }));
      host.clock.set('2026-11-28T19:47:00Z'); // 03:47: the 08:00 patient cannot have missed anything yet
      const early = await host.call('clinic', 'markVisit', { registrationId: today.id, status: 'noshow' }, { token: admin });
      expect(codeOf(early)).toBe('INVALID_TRANSITION');
      expect(early.body).toMatchObject({ error: { message: '该时段09:00结束后才能标记爽约' } });
      expect(codeOf(await host.call('clinic', 'markVisit', { registrationId: tomorrow.id, status: 'arrived' }, { token: admin }))).toBe('INVALID_TRANSITION');
      host.clock.set('2026-11-29T01:00:00Z'); // 09:00
      expect(codeOf(await host.call('clinic', 'markVisit', { registrationId: today.id, status: 'noshow' }, { token: admin }))).toBe('OK');
    });

    it('publishes schedules only from today to the horizon (28 days by default)', async () => {
      const segment = { session: 'am', start: '08:00', end: '09:00', capacity: 5, clinicType: 'normal', registrationFee: 100, consultationFee: 700 };
      const publish = (date: string) => host.call('clinic', 'publishSchedule', { hospitalId: 'h-first', campusId: OLD, departmentId: `${OLD}-imaging`, date, segments: [segment] }, { token: admin });
      expect(codeOf(await publish('9999-12-31'))).toBe('VALIDATION_FAILED');
      expect(codeOf(await publish('2026-12-28'))).toBe('VALIDATION_FAILED');
      expect(codeOf(await publish('2026-11-28'))).toBe('VALIDATION_FAILED');
      expect(codeOf(await publish('2026-12-27'))).toBe('OK');
    });
  });

  describe('logs', () => {
    it('never logs a function name that is not one, and caps every logged string', async () => {
      host.logLines.length = 0;
      await host.raw('/api/220323195503121010', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"x"}' });
      await host.raw(`/api/${'a'.repeat(8000)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"x"}' });
      await host.call('clinic', '13904345678', {});
      const text = host.logLines.join('\n');
      expect(text).not.toContain('220323195503121010');
      expect(text).not.toContain('13904345678');
      expect(Math.max(...host.logLines.map((l) => l.length))).toBeLessThan(300);
      expect(host.calls.slice(-3).map((c) => [c.fn, c.action])).toEqual([
        ['?', '-'],
        ['?', '-'],
        ['clinic', '-'],
      ]);
    });
  });
});

describe.each(availableEngines())('rate limits, on %s', (engine) => {
  let host: ApiHost;
  beforeAll(async () => {
    host = await startApiHost(engine, { env: { RATE_LIMIT_LOGINS: '5', RATE_LIMIT_READS: '8', RATE_LIMIT_MUTATIONS: '2' } });
  });
  afterAll(async () => {
    await host?.close();
  });

  it('limits logins per client address, so one address cannot mint hundreds of accounts', async () => {
    const results = [];
    for (let i = 0; i < 7; i += 1) results.push(await host.call('account', 'devLogin', { openid: `limit-${engine}-${i}` }));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(results[6].body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('limits reads per account, generously', async () => {
    const token = host.app.tokens.sign((await host.app.db.selectFrom('accounts').select('id').where('persona', '=', 'resident-1').executeTakeFirstOrThrow()).id, host.clock.now()).token;
    const codes = [];
    for (let i = 0; i < 10; i += 1) codes.push(codeOf(await host.call('clinic', 'mine', {}, { token })));
    expect(codes.slice(0, 8).every((c) => c === 'OK')).toBe(true);
    expect(codes.slice(8)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('answers a retried, committed request from its stored answer even when the account is limited', async () => {
    const account = await host.app.db.selectFrom('accounts').select('id').where('persona', '=', 'resident-2').executeTakeFirstOrThrow();
    const token = host.app.tokens.sign(account.id, host.clock.now()).token;
    const add = (requestId: string) =>
      host.call('account', 'addMember', { name: '限流测试', idNumber: freshIdNumber(), phone: '13800000000', relation: 'child' }, { token, requestId });
    const first = await add('limit-req-0001');
    expect(codeOf(first)).toBe('OK');
    expect(codeOf(await add('limit-req-0002'))).toBe('OK');
    expect(codeOf(await add('limit-req-0003'))).toBe('RATE_LIMITED');
    // A phone that lost the first answer retries it: it gets that answer, not a 429, and nothing is added.
    const retried = await add('limit-req-0001');
    expect(retried).toEqual(first);
  });
});

describe('two hosts on one SQLite file', () => {
  it('answer 60 concurrent bookings without a single 5xx, and book each place once', async () => {
    const database = await createTestDatabase('sqlite');
    const env = { HOST: '127.0.0.1', DATA_DIR: database.dataDir, RATE_LIMIT_LOGINS: '0', RATE_LIMIT_MUTATIONS: '0' };
    const clock = manualClock('2026-11-29T02:00:00Z');
    const apps = [await createApp(loadConfig(env), { clock, logger: silentLogger }), await createApp(loadConfig(env), { clock, logger: silentLogger, sqliteFile: undefined })];
    const servers = apps.map((app) => createHttpHost(app));
    try {
      const urls: string[] = [];
      for (const server of servers) urls.push(`http://127.0.0.1:${(await listen(server, 0, '127.0.0.1')).port}`);
      const call = async (i: number, fn: string, action: string, data: unknown, token?: string) => {
        const response = await fetch(`${urls[i % 2]}/api/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ action, data }) });
        return { status: response.status, body: await response.json() };
      };
      const people = [];
      for (let i = 0; i < 60; i += 1) {
        const login = await call(i, 'account', 'devLogin', { openid: `two-hosts-${i}` });
        const token = login.body.data.token as string;
        const member = await call(i, 'account', 'addMember', { name: '双机测试', idNumber: freshIdNumber(), phone: '13800000000', relation: 'self', consent: true }, token);
        people.push({ token, memberId: member.body.data.id as string });
      }
      const slotId = segmentId(`${OLD}-cardiology`, '2026-11-30', 5);
      const results = await Promise.all(people.map((p, i) => call(i, 'clinic', 'book', { memberId: p.memberId, slotId }, p.token)));
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      const booked = results.filter((r) => r.body.ok).length;
      expect(booked).toBe(10); // the segment's capacity
      const row = await apps[0].db.selectFrom('clinic_segments').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
      expect(row.booked).toBe(10);
    } finally {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      for (const app of apps) await app.close();
      await database.drop();
    }
  });
});

describe.each(availableEngines())('reference data without demo data, on %s', (engine) => {
  it('seeds hospitals and places but no personas, demo schedules or demo free clinics where dev login is off', async () => {
    const host = await startApiHost(engine, { env: { DEV_LOGIN: '0' } });
    try {
      const count = async (table: 'accounts' | 'clinic_segments' | 'free_clinics' | 'hospitals' | 'departments' | 'communities') =>
        Number((await host.app.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
      expect(await count('accounts')).toBe(0);
      expect(await count('clinic_segments')).toBe(0);
      expect(await count('free_clinics')).toBe(0);
      expect(await count('hospitals')).toBe(2);
      expect(await count('departments')).toBe(39);
      expect(await count('communities')).toBeGreaterThan(10);
      expect(codeOf(await host.call('account', 'devLogin', { persona: 'official' }))).toBe('FORBIDDEN');
    } finally {
      await host.close();
    }
  });
});
