import { availableEngines } from '../support/engines';
import { checkDigitFor, startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(60_000);

/** A valid ID number for 1950-01-01 + n days, region 220323. */
function idNumber(n: number, seq = 101): string {
  const d = new Date(Date.UTC(1950, 0, 1 + n));
  const date = d.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `220323${date}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

const VALID = { name: '王秀兰', idNumber: idNumber(100), phone: '13912345678', relation: 'mother' };

describe.each(availableEngines())('account function on %s', (engine) => {
  let host: ApiHost;

  beforeAll(async () => {
    host = await startApiHost(engine);
  });
  afterAll(async () => {
    await host?.close();
  });

  async function counts() {
    const members = await host.app.db.selectFrom('members').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const messages = await host.app.db.selectFrom('messages').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const accounts = await host.app.db.selectFrom('accounts').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return { members: Number(members.n), messages: Number(messages.n), accounts: Number(accounts.n) };
  }

  describe('the host', () => {
    it('answers the health check with the engine in use', async () => {
      const response = await host.raw('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, data: { status: 'ok', engine } });
    });

    it('seeds both hospitals, their campuses and the eight personas on first start', async () => {
      const campuses = await host.app.db.selectFrom('campuses').select(['id', 'name', 'hospital_id']).orderBy('id').execute();
      expect(campuses.map((c) => c.name).sort()).toEqual(['新院区', '老院区', '院本部'].sort());
      const personas = await host.app.db.selectFrom('accounts').select('persona').where('persona', 'is not', null).execute();
      expect(personas).toHaveLength(8);
      const departments = await host.app.db.selectFrom('departments').select('id').execute();
      expect(departments).toHaveLength(3 * 13);
    });

    const token = () => host.login('resident-1');
    const badInputs: Array<{ name: string; send: (t: string) => Promise<Response>; status: number; code: string }> = [
      { name: 'malformed JSON', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: '{"action":"addMember",' }), status: 400, code: 'MALFORMED_REQUEST' },
      { name: 'an unknown function', send: (t) => host.raw('/api/nosuch', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: '{"action":"x"}' }), status: 404, code: 'UNKNOWN_FUNCTION' },
      { name: 'an unknown action', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: '{"action":"grantRole","data":{"role":"official"}}' }), status: 404, code: 'UNKNOWN_ACTION' },
      { name: 'a body over 100 KB', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ action: 'addMember', data: { ...VALID, name: 'x'.repeat(101 * 1024) } }) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { name: 'a wrong type', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ action: 'addMember', data: { ...VALID, phone: 13912345678 } }) }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an extra field in data', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ action: 'addMember', data: { ...VALID, accountId: 'acc_other' } }) }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an extra field beside action', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ action: 'addMember', data: VALID, role: 'official' }) }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a missing action', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ data: VALID }) }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a JSON array body', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: '[1,2]' }), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a GET on a function', send: () => host.raw('/api/account'), status: 405, code: 'METHOD_NOT_ALLOWED' },
      { name: 'a form-encoded body', send: (t) => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${t}` }, body: 'action=addMember' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      { name: 'a forged token', send: () => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer v1.eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.AAAA' }, body: JSON.stringify({ action: 'addMember', data: VALID }) }), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'no token on a member action', send: () => host.raw('/api/account', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'addMember', data: VALID }) }), status: 401, code: 'UNAUTHENTICATED' },
    ];

    it.each(badInputs)('refuses $name with $status $code in Chinese and changes nothing', async ({ send, status, code }) => {
      const t = await token();
      const before = await counts();
      const response = await send(t);
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|SELECT|INSERT|sqlite|postgres/i);
      expect(await counts()).toEqual(before);
    });

    it('answers a database failure with 503 UNAVAILABLE, never a 500, and no stack trace or SQL', async () => {
      const original = host.app.functions.account;
      host.app.functions.account = {
        ...original,
        me: { ...original.me, handle: async () => host.app.db.selectFrom('no_such_table' as 'accounts').selectAll().execute() },
      };
      try {
        const t = await token();
        const result = await host.call('account', 'me', {}, { token: t });
        expect(result.status).toBe(503);
        expect(result.body).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试' } });
        expect(host.logLines.some((l) => l.includes('"event":"db_error"') && !l.includes('no_such_table'))).toBe(true);
      } finally {
        host.app.functions.account = original;
      }
    });

    it('answers an unexpected failure with INTERNAL and no stack trace', async () => {
      const original = host.app.functions.account;
      host.app.functions.account = {
        ...original,
        me: {
          ...original.me,
          handle: async () => {
            throw new TypeError('secret internals at /work/server/x.ts:1');
          },
        },
      };
      try {
        const result = await host.call('account', 'me', {}, { token: await token() });
        expect(result.status).toBe(500);
        expect(result.body).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
      } finally {
        host.app.functions.account = original;
      }
    });
  });

  describe('login', () => {
    it('logs in a seeded persona and returns its granted roles', async () => {
      const result = await host.call('account', 'devLogin', { persona: 'hospital-admin' });
      expect(result.status).toBe(200);
      if (!result.body.ok) throw new Error('login failed');
      expect(result.body.data.token).toMatch(/^v1\./);
      expect(result.body.data.user.roles).toEqual(
        expect.arrayContaining([{ role: 'hospital_admin', scope: 'h-first' }, { role: 'resident', scope: '' }]),
      );
    });

    it('creates a fresh resident with only the resident role', async () => {
      const token = await host.loginFresh('dev-fresh-1');
      const me = await host.call('account', 'me', {}, { token });
      expect(me.body.ok && me.body.data.user.roles).toEqual([{ role: 'resident', scope: '' }]);
    });

    it('cannot reach a persona through a made-up openid', async () => {
      const result = await host.call('account', 'devLogin', { openid: 'persona:official' });
      expect(result.body.ok).toBe(false);
      expect(result.status).toBe(400);
    });

    it('refuses an unknown persona', async () => {
      const result = await host.call('account', 'devLogin', { persona: 'superuser' });
      expect(result.status).toBe(400);
    });

    it('expires tokens after their lifetime', async () => {
      const token = await host.login('resident-2');
      expect((await host.call('account', 'me', {}, { token })).status).toBe(200);
      host.clock.advance((host.app.config.tokenTtlSeconds + 1) * 1000);
      try {
        const expired = await host.call('account', 'me', {}, { token });
        expect(expired.status).toBe(401);
        expect(!expired.body.ok && expired.body.error.code).toBe('UNAUTHENTICATED');
      } finally {
        host.clock.set('2026-11-29T02:00:00Z');
      }
    });

    it('tells the login screen that dev login is on and lists the personas', async () => {
      const result = await host.call('account', 'loginOptions', {});
      expect(result.body.ok && result.body.data.devLogin).toBe(true);
      expect(result.body.ok && result.body.data.personas.map((p: { persona: string }) => p.persona)).toEqual([
        'resident-1', 'resident-2', 'hospital-admin', 'heating-dispatcher', 'canteen-manager', 'station-staff', 'employer', 'official',
      ]);
    });
  });

  describe('members', () => {
    it("lists the persona's family with ID and phone masked", async () => {
      const token = await host.login('resident-1');
      const result = await host.call('account', 'members', {}, { token });
      if (!result.body.ok) throw new Error(result.body.error.code);
      const mother = result.body.data.members.find((m: { relation: string }) => m.relation === 'mother');
      expect(mother).toMatchObject({ name: '代玉贤', age: 94, sex: 'F', relationLabel: '母亲' });
      // The birth date would rebuild the ID number from its masked form: it never leaves the server.
      expect(mother).not.toHaveProperty('birthDate');
      expect(mother.idNumberMasked).toMatch(/^2203\*{10}\d{3}[\dX]$/);
      expect(mother.phoneMasked).toBe('139****5678');
    });

    it('adds a member with birth date and sex taken from the ID number, masked in the answer', async () => {
      const token = await host.loginFresh('dev-add-1');
      const id = idNumber(3000, 102);
      const result = await host.call('account', 'addMember', { name: '刘桂芝', idNumber: id, phone: '13800001111', relation: 'self', consent: true }, { token });
      expect(result.status).toBe(200);
      if (!result.body.ok) throw new Error(result.body.error.code);
      expect(result.body.data).toMatchObject({ name: '刘桂芝', relation: 'self', sex: 'F', age: 68, phoneMasked: '138****1111', idNumberLocked: false });
      expect(result.body.data).not.toHaveProperty('birthDate');
      expect(result.body.data.idNumberMasked).toBe(`2203**********${id.slice(-4)}`);
      expect(JSON.stringify(result.body)).not.toContain(id);
      expect(JSON.stringify(result.body)).not.toContain('13800001111');
    });

    it('refuses a wrong check digit with a field error and stores nothing', async () => {
      const token = await host.login('resident-1');
      const before = await counts();
      const good = idNumber(200);
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const result = await host.call('account', 'addMember', { ...VALID, idNumber: bad }, { token });
      expect(result.status).toBe(400);
      expect(result.body).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: '家庭成员信息有误，请检查', fields: { idNumber: '身份证号校验位不正确，请核对' } },
      });
      expect(await counts()).toEqual(before);
    });

    it.each([
      { field: 'phone', value: '12345', message: '请填写11位手机号' },
      { field: 'name', value: '', message: '请填写姓名' },
      { field: 'idNumber', value: '22032320991301001X', message: '身份证号中的出生日期无效' },
    ])('refuses an invalid $field', async ({ field, value, message }) => {
      const token = await host.login('resident-1');
      const result = await host.call('account', 'addMember', { ...VALID, [field]: value }, { token });
      expect(result.status).toBe(400);
      expect(!result.body.ok && result.body.error.fields?.[field]).toBe(message);
    });

    it('asks a new account for consent before it stores the first ID number', async () => {
      const token = await host.loginFresh('dev-consent-1');
      const before = await counts();
      const refused = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(5) }, { token });
      expect(refused.status).toBe(400);
      expect(!refused.body.ok && refused.body.error.code).toBe('CONSENT_REQUIRED');
      expect(await counts()).toEqual(before);
      const accepted = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(5), consent: true }, { token });
      expect(accepted.status).toBe(200);
      const second = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(6), relation: 'father' }, { token });
      expect(second.status).toBe(200);
    });

    it('refuses the same ID number twice and a second 本人', async () => {
      const token = await host.loginFresh('dev-dup-1');
      await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(7), relation: 'self', consent: true }, { token });
      const dupId = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(7), relation: 'mother' }, { token });
      expect(dupId.status).toBe(409);
      expect(!dupId.body.ok && dupId.body.error.fields).toEqual({ idNumber: '该身份证号已在家庭成员中' });
      const secondSelf = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(8), relation: 'self' }, { token });
      expect(secondSelf.status).toBe(409);
    });

    it('keeps at most 10 members per account, even when 15 adds race', async () => {
      const token = await host.loginFresh('dev-race-limit');
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          host.call('account', 'addMember', { ...VALID, name: `成员${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰'[i]}`, idNumber: idNumber(400 + i), relation: 'other', consent: true }, { token }),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(10);
      const refused = results.filter((r) => r.status !== 200);
      expect(refused.map((r) => !r.body.ok && r.body.error.code)).toEqual(Array(5).fill('MEMBER_LIMIT'));
      const list = await host.call('account', 'members', {}, { token });
      expect(list.body.ok && list.body.data.members).toHaveLength(10);
    });

    it('updates a field and re-derives birth date from a corrected ID number', async () => {
      const token = await host.loginFresh('dev-update-1');
      const added = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(10), consent: true }, { token });
      if (!added.body.ok) throw new Error(added.body.error.code);
      const updated = await host.call('account', 'updateMember', { memberId: added.body.data.id, phone: '13700002222', idNumber: idNumber(11) }, { token });
      expect(updated.status).toBe(200);
      expect(updated.body.ok && updated.body.data).toMatchObject({ phoneMasked: '137****2222', age: 76, name: VALID.name });
    });

    it("answers NOT_FOUND for another account's member exactly as for a missing one, and changes nothing", async () => {
      const owner = await host.login('resident-1');
      const other = await host.login('resident-2');
      const list = await host.call('account', 'members', {}, { token: owner });
      if (!list.body.ok) throw new Error('list failed');
      const theirs = list.body.data.members[0].id;
      const before = await counts();
      const asOther = await host.call('account', 'updateMember', { memberId: theirs, name: '冒名' }, { token: other });
      const missing = await host.call('account', 'updateMember', { memberId: 'mem_doesnotexist0000', name: '冒名' }, { token: other });
      expect(asOther).toEqual(missing);
      expect(asOther.status).toBe(404);
      const removeOther = await host.call('account', 'removeMember', { memberId: theirs }, { token: other });
      expect(removeOther.status).toBe(404);
      expect(await counts()).toEqual(before);
      const otherList = await host.call('account', 'members', {}, { token: other });
      expect(JSON.stringify(otherList.body)).not.toContain(theirs);
      const stillThere = await host.call('account', 'members', {}, { token: owner });
      expect(stillThere.body.ok && stillThere.body.data.members[0].name).toBe('代建国');
    });

    it('removes a member from the list', async () => {
      const token = await host.loginFresh('dev-remove-1');
      const added = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(20), consent: true }, { token });
      if (!added.body.ok) throw new Error('add failed');
      const removed = await host.call('account', 'removeMember', { memberId: added.body.data.id }, { token });
      expect(removed.body).toEqual({ ok: true, data: { memberId: added.body.data.id, removed: true } });
      const list = await host.call('account', 'members', {}, { token });
      expect(list.body.ok && list.body.data.members).toEqual([]);
      const again = await host.call('account', 'removeMember', { memberId: added.body.data.id }, { token });
      expect(again.status).toBe(404);
    });
  });

  describe('requestId', () => {
    it('returns the first answer to a retry and adds nothing more', async () => {
      const token = await host.loginFresh('dev-idem-1');
      const payload = { ...VALID, idNumber: idNumber(30), consent: true };
      const first = await host.call('account', 'addMember', payload, { token, requestId: 'req-idem-0001' });
      const before = await counts();
      const retry = await host.call('account', 'addMember', payload, { token, requestId: 'req-idem-0001' });
      expect(retry).toEqual(first);
      expect(await counts()).toEqual(before);
    });

    it('creates one member when the same request arrives five times at once', async () => {
      const token = await host.loginFresh('dev-idem-2');
      const payload = { ...VALID, idNumber: idNumber(31), consent: true };
      const results = await Promise.all(Array.from({ length: 5 }, () => host.call('account', 'addMember', payload, { token, requestId: 'req-idem-race' })));
      const ids = new Set(results.map((r) => r.body.ok && r.body.data.id));
      expect(ids.size).toBe(1);
      expect(results.every((r) => r.status === 200)).toBe(true);
      const list = await host.call('account', 'members', {}, { token });
      expect(list.body.ok && list.body.data.members).toHaveLength(1);
    });

    it('keeps requestIds apart per account and refuses one reused for another action', async () => {
      const a = await host.loginFresh('dev-idem-3');
      const b = await host.loginFresh('dev-idem-4');
      const ra = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(32), consent: true }, { token: a, requestId: 'req-shared-01' });
      const rb = await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(33), consent: true }, { token: b, requestId: 'req-shared-01' });
      expect(ra.body.ok && rb.body.ok && ra.body.data.id !== rb.body.data.id).toBe(true);
      const reused = await host.call('account', 'removeMember', { memberId: 'mem_x' }, { token: a, requestId: 'req-shared-01' });
      expect(reused.status).toBe(409);
    });
  });

  describe('messages', () => {
    it('writes a notice with the member added, in the same transaction, and none when the add fails', async () => {
      const token = await host.loginFresh('dev-msg-1');
      await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(40), phone: 'bad', consent: true }, { token });
      const none = await host.call('account', 'messages', {}, { token });
      expect(none.body).toEqual({ ok: true, data: { messages: [], unread: 0 } });
      await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(40), consent: true }, { token });
      const one = await host.call('account', 'messages', {}, { token });
      if (!one.body.ok) throw new Error('messages failed');
      expect(one.body.data.unread).toBe(1);
      expect(one.body.data.messages[0]).toMatchObject({ kind: 'member_added', title: '家庭成员已添加', read: false });
      expect(one.body.data.messages[0].body).toContain('王秀兰（母亲）');
    });

    it("marks a message read, and treats another account's message as missing", async () => {
      const token = await host.loginFresh('dev-msg-2');
      await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(41), consent: true }, { token });
      const list = await host.call('account', 'messages', {}, { token });
      if (!list.body.ok) throw new Error('messages failed');
      const messageId = list.body.data.messages[0].id;
      const intruder = await host.loginFresh('dev-msg-3');
      const asIntruder = await host.call('account', 'markRead', { messageId }, { token: intruder });
      const missing = await host.call('account', 'markRead', { messageId: 'msg_missing000000' }, { token: intruder });
      expect(asIntruder).toEqual(missing);
      expect(asIntruder.status).toBe(404);
      const read = await host.call('account', 'markRead', { messageId }, { token });
      expect(read.body).toEqual({ ok: true, data: { messageId, read: true } });
      const after = await host.call('account', 'me', {}, { token });
      expect(after.body.ok && after.body.data.unreadMessages).toBe(0);
    });
  });

  describe('logs', () => {
    it('writes one line per call with function, action, code and duration, and no ID or phone number', async () => {
      const token = await host.loginFresh('dev-log-1');
      const id = idNumber(50);
      const start = host.calls.length;
      await host.call('account', 'addMember', { ...VALID, idNumber: id, phone: '13611112222', consent: true }, { token });
      await host.call('account', 'addMember', { ...VALID, idNumber: id.slice(0, 17) + 'Y', phone: '13611112222' }, { token });
      const lines = host.calls.slice(start);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ fn: 'account', action: 'addMember', code: 'OK', host: 'http' });
      expect(lines[1]).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(typeof lines[0].ms).toBe('number');
      const all = host.logLines.join('\n');
      expect(all).not.toContain(id.slice(6, 14));
      expect(all).not.toContain('13611112222');
    });
  });
});

describe.each(availableEngines())('host settings on %s', (engine) => {
  it('limits mutations per account and answers RATE_LIMITED, leaving reads alone', async () => {
    const host = await startApiHost(engine, { config: { mutationRateLimit: 3, rateWindowSeconds: 60 } });
    try {
      const token = await host.loginFresh('dev-rate-1');
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push((await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(60 + i), consent: true }, { token })).status);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      expect((await host.call('account', 'members', {}, { token })).status).toBe(200);
      const other = await host.loginFresh('dev-rate-2');
      expect((await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(70), consent: true }, { token: other })).status).toBe(200);
      host.clock.advance(61_000);
      expect((await host.call('account', 'addMember', { ...VALID, idNumber: idNumber(71), consent: true }, { token })).status).toBe(200);
    } finally {
      await host.close();
    }
  });

  it('refuses dev login when it is turned off', async () => {
    const host = await startApiHost(engine, { config: { devLogin: false } });
    try {
      const result = await host.call('account', 'devLogin', { persona: 'resident-1' });
      expect(result.status).toBe(403);
      expect(!result.body.ok && result.body.error.code).toBe('FORBIDDEN');
      const options = await host.call('account', 'loginOptions', {});
      expect(options.body.ok && options.body.data).toMatchObject({ devLogin: false, personas: [] });
    } finally {
      await host.close();
    }
  });
});
