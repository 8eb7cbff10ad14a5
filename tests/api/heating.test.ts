import { runDueJobs } from '../../server/jobs/run-jobs';
import { autoCloseResolved, flagOverdueComplaints } from '../../server/features/heating/heating-jobs';
import { availableEngines } from '../support/engines';
import { checkDigitFor, startApiHost, type ApiHost, type ApiResult } from '../support/api-host';

jest.setTimeout(180_000);

// Rules read business dates and deadlines in Asia/Shanghai whatever the server's zone.
process.env.TZ = 'America/Los_Angeles';

const START = '2026-12-01T02:00:00.000Z'; // 10:00 in China, in the heating season
const HOUR = 3600_000;

/** Places of 果品站 and 财政站, where the demo data reports nothing. */
const GUOPIN = { communityId: 'cm-shengyi', buildingId: 'cm-shengyi-b2', unitId: 'cm-shengyi-b2-u1' };
const GUOPIN_2 = { communityId: 'cm-yangguang', buildingId: 'cm-yangguang-b4', unitId: 'cm-yangguang-b4-u2' };
const CAIZHENG = { communityId: 'cm-jinxiu', buildingId: 'cm-jinxiu-b1', unitId: 'cm-jinxiu-b1-u3' };
const CAIZHENG_2 = { communityId: 'cm-oulu', buildingId: 'cm-oulu-b7', unitId: 'cm-oulu-b7-u1' };
const CAIZHENG_3 = { communityId: 'cm-shengyu', buildingId: 'cm-shengyu-b5', unitId: 'cm-shengyu-b5-u2' };
/** 在水一方二站: only the incident tests report here. */
const ZAISHUI = { communityId: 'cm-zaishui', buildingId: 'cm-zaishui-b3', unitId: 'cm-zaishui-b3-u1' };
const ZAISHUI_2 = { communityId: 'cm-baojie-jinzuo', buildingId: 'cm-baojie-jinzuo-b2', unitId: 'cm-baojie-jinzuo-b2-u2' };
/** 实验中学站: the demo's complaint there is already handled. */
const SHIYAN = { communityId: 'cm-shiyan-jiashu', buildingId: 'cm-shiyan-jiashu-b1', unitId: 'cm-shiyan-jiashu-b1-u1' };

const ok = <T = any>(r: ApiResult): T => {
  if (!r.body.ok) throw new Error(`expected ok, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data as T;
};
const codeOf = (r: ApiResult) => (r.body.ok ? 'OK' : r.body.error.code);
const fieldsOf = (r: ApiResult) => (r.body.ok ? {} : r.body.error.fields ?? {});

describe.each(availableEngines())('heating function on %s', (engine) => {
  let host: ApiHost;
  let dispatcher: string;
  let official: string;
  let hospitalAdmin: string;
  let roomCounter = 100;
  let personCounter = 0;

  beforeAll(async () => {
    // Rate limits have their own tests; here one dispatcher makes many moves within one minute of the manual clock.
    // Tokens outlive the weeks this suite's clock travels.
    host = await startApiHost(engine, { now: START, env: { RATE_LIMIT_MUTATIONS: '0', TOKEN_TTL_SECONDS: String(365 * 24 * 3600) } });
    dispatcher = await host.login('heating-dispatcher');
    official = await host.login('official');
    hospitalAdmin = await host.login('hospital-admin');
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set(START));

  const heating = (action: string, data: unknown, token = '', requestId?: string) => host.call('heating', action, data, { token, requestId });
  const advance = (hours: number) => host.clock.set(new Date(host.clock.now().getTime() + hours * HOUR).toISOString());
  const minutesAgo = (m: number) => new Date(host.clock.now().getTime() - m * 60_000).toISOString();
  const nextRoom = () => String((roomCounter += 1));

  async function accountIdOf(openid: string) {
    return (await host.app.db.selectFrom('accounts').select('id').where('openid', '=', `dev:${openid}`).executeTakeFirstOrThrow()).id;
  }

  /** A fresh resident account with one member (本人) whose phone is 139 0434 xxxx. */
  async function newResident(tag: string) {
    const openid = `heat-${engine}-${tag}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const token = await host.loginFresh(openid);
    personCounter += 1;
    const seq = String(personCounter).padStart(4, '0');
    const first17 = `22032319600101${seq.slice(-3)}`;
    const member = ok(await host.call('account', 'addMember', { name: '孙桂芝', idNumber: first17 + checkDigitFor(first17), phone: `1390434${seq}`, relation: 'self', consent: true }, { token }));
    return { token, memberId: member.id as string, accountId: await accountIdOf(openid), phone: `1390434${seq}` };
  }

  /** Another dispatcher account of the same company (or of another one). */
  async function newDispatcher(tag: string, companyId = 'hc-huada') {
    const openid = `disp-${engine}-${tag}`;
    const token = await host.loginFresh(openid);
    const accountId = await accountIdOf(openid);
    await host.app.db.insertInto('account_roles').values({ account_id: accountId, role: 'heating_dispatcher', scope: companyId, granted_at: START }).execute();
    return { token, accountId };
  }

  function complaint(place = GUOPIN, overrides: Record<string, unknown> = {}) {
    return { ...place, room: nextRoom(), category: 'temperature', readings: [{ celsius: 16.5, at: minutesAgo(30) }], description: '客厅室温偏低', phone: '13904341111', ...overrides };
  }

  const submit = (token: string, place = GUOPIN, overrides: Record<string, unknown> = {}) => heating('submit', complaint(place, overrides), token);

  const move = (complaintId: string, to: string, extra: Record<string, unknown> = {}, token = dispatcher) => heating('transition', { complaintId, to, ...extra }, token);

  /** Walks a complaint to 已处理 through the dispatcher's moves, a minute apart (a timeline orders moves by time). */
  async function resolve(complaintId: string, measuredCelsius = 17) {
    advance(1 / 60);
    ok(await move(complaintId, 'accepted'));
    advance(1 / 60);
    ok(await move(complaintId, 'dispatched', { crew: { name: '张师傅', phone: '13904342222' } }));
    advance(1 / 60);
    ok(await move(complaintId, 'measured', { measuredCelsius }));
    advance(1 / 60);
    return ok(await move(complaintId, 'resolved', { note: '更换单元阀门' }));
  }

  async function count(table: 'heating_complaints' | 'heating_incidents' | 'messages' | 'status_events' | 'heating_reminders') {
    return Number((await host.app.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
  }

  async function insertFile(accountId: string, id: string) {
    await host.app.db
      .insertInto('files')
      .values({ id, account_id: accountId, mime: 'image/jpeg', bytes: 1000, width: 800, height: 600, storage: 'local', storage_key: id, attached_type: null, attached_id: null, created_at: START })
      .execute();
  }

  describe('places', () => {
    it('lists the communities domain.md names with their station and 华大电厂新城营业部, without login', async () => {
      const data = ok(await heating('communities', {}));
      const names = data.communities.map((c: any) => c.name);
      expect(names).toEqual(expect.arrayContaining(['长青小区', '天馨花园', '圣一富苑', '阳光花园', '锦绣花园', '宝捷精品', '欧陆印象', '在水一方', '宝捷金座', '盛宇华庭', '金都盛世', '育才小区']));
      expect(data.communities.find((c: any) => c.name === '宝捷精品')).toMatchObject({ stationName: '实验中学站', companyName: '华大电厂新城营业部', companyPhone: expect.stringMatching(/^0434-/) });
      expect(data.communities.find((c: any) => c.name === '在水一方')).toMatchObject({ stationName: '在水一方二站' });
      expect(data.lastPlace).toBeNull();
      expect(data.season).toMatchObject({ start: '2026-10-20', end: '2027-04-10', inSeason: true, sentence: '供暖期为每年10月20日至次年4月10日（含）' });
      expect(data.categories.map((c: any) => [c.id, c.label])).toEqual([
        ['temperature', '室温不达标'],
        ['no_heat', '不热停热'],
        ['leak', '漏水'],
        ['noise', '噪音'],
        ['other', '其他'],
      ]);
      expect(data.categories[1].deadlineSentence).toBe('2小时内受理，24小时内上门测温，48小时内修复');
      expect(data.measuringGuide.join('')).toContain('1.5米');
    });

    it('lists the buildings 1号楼…N号楼 of a community with their units', async () => {
      const data = ok(await heating('buildings', { communityId: 'cm-changqing' }));
      expect(data.buildings).toHaveLength(12);
      expect(data.buildings[0]).toEqual({ id: 'cm-changqing-b1', name: '1号楼', units: [{ id: 'cm-changqing-b1-u1', name: '1单元' }, { id: 'cm-changqing-b1-u2', name: '2单元' }, { id: 'cm-changqing-b1-u3', name: '3单元' }] });
      expect(codeOf(await heating('buildings', { communityId: 'cm-nowhere' }))).toBe('NOT_FOUND');
    });

    it("remembers the account's last place and room so the form can prefill it", async () => {
      const r = await newResident('last-place');
      const sent = ok(await submit(r.token, CAIZHENG_2, { room: '1201室' }));
      expect(sent.room).toBe('1201');
      const data = ok(await heating('communities', {}, r.token));
      expect(data.lastPlace).toEqual({ ...CAIZHENG_2, room: '1201' });
    });
  });

  describe('我要反映', () => {
    it('takes a cold-room complaint and starts the 2 h and 24 h limits, telling the resident', async () => {
      const r = await newResident('first');
      const view = ok(await submit(r.token, GUOPIN, { memberId: r.memberId }));
      expect(view).toMatchObject({
        status: 'submitted',
        statusLabel: '已提交',
        category: 'temperature',
        categoryLabel: '室温不达标',
        communityName: '圣一富苑',
        buildingName: '2号楼',
        unitName: '1单元',
        stationName: '果品站',
        readings: [{ celsius: 16.5, at: minutesAgo(30) }],
        deadlines: { acceptBy: '2026-12-01T04:00:00.000Z', measureBy: '2026-12-02T02:00:00.000Z', resolveBy: null },
        deadlineSentence: '2小时内受理，24小时内上门测温',
        nextDeadline: { kind: 'accept', by: '2026-12-01T04:00:00.000Z', label: '12月1日 12:00前受理' },
        overdue: false,
        measuredCelsius: null,
        refundTier: null,
        phoneMasked: '139****1111',
        rating: null,
        photos: [],
      });
      expect(view.phone).toBeUndefined();
      expect(view.timeline).toEqual([expect.objectContaining({ status: 'submitted', role: 'resident', at: START })]);
      const messages = ok(await host.call('account', 'messages', {}, { token: r.token }));
      const notice = messages.messages.find((m: any) => m.kind === 'heating_submitted');
      expect(notice).toMatchObject({ title: '供热反映已提交' });
      expect(notice.body).toBe(`孙桂芝 圣一富苑2号楼1单元${view.room}室的室温不达标反映已提交，2小时内受理，24小时内上门测温。`);
    });

    it('stores the contact phone sealed, never in clear', async () => {
      const r = await newResident('sealed');
      const view = ok(await submit(r.token, GUOPIN, { phone: '13698765432' }));
      const row = await host.app.db.selectFrom('heating_complaints').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain('13698765432');
      expect(host.app.vault.decrypt(row.phone_enc)).toBe('13698765432');
    });

    it("takes the contact phone from the chosen family member when none is typed (the app holds it masked)", async () => {
      const r = await newResident('member-phone');
      const view = ok(await heating('submit', { ...complaint(GUOPIN), phone: undefined, memberId: r.memberId }, r.token));
      expect(view.phoneMasked).toBe(`139****${r.phone.slice(-4)}`);
    });

    it('refuses a member of another account as NOT_FOUND and a complaint without any phone, storing nothing', async () => {
      const a = await newResident('member-a');
      const b = await newResident('member-b');
      const before = await count('heating_complaints');
      expect(codeOf(await heating('submit', { ...complaint(GUOPIN), phone: undefined, memberId: b.memberId }, a.token))).toBe('NOT_FOUND');
      const none = await heating('submit', { ...complaint(GUOPIN), phone: undefined }, a.token);
      expect(codeOf(none)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(none)).toHaveProperty('phone');
      expect(await count('heating_complaints')).toBe(before);
    });

    it('asks for login', async () => {
      expect(codeOf(await heating('submit', complaint()))).toBe('UNAUTHENTICATED');
      expect(codeOf(await heating('mine', {}))).toBe('UNAUTHENTICATED');
    });

    it.each([
      { case: 'a reading below 5.0 ℃', readings: () => [{ celsius: 4.9, at: minutesAgo(5) }], field: 'readings.0.celsius' },
      { case: 'a reading above 30.0 ℃', readings: () => [{ celsius: 30.1, at: minutesAgo(5) }], field: 'readings.0.celsius' },
      { case: 'a reading finer than 0.1 ℃', readings: () => [{ celsius: 18.25, at: minutesAgo(5) }], field: 'readings.0.celsius' },
      { case: 'a reading in the future', readings: () => [{ celsius: 16, at: minutesAgo(-60) }], field: 'readings.0.at' },
      { case: 'a reading four days old', readings: () => [{ celsius: 16, at: minutesAgo(4 * 24 * 60) }], field: 'readings.0.at' },
      { case: 'a reading without its time', readings: () => [{ celsius: 16 }], field: 'readings.0.at' },
      { case: 'no reading for a cold room', readings: () => [], field: 'readings' },
      { case: 'seven readings', readings: () => Array.from({ length: 7 }, () => ({ celsius: 16, at: minutesAgo(5) })), field: 'readings' },
    ])('refuses $case with VALIDATION_FAILED and stores nothing', async ({ readings, field }) => {
      const r = await newResident(`bad-reading-${field}-${roomCounter}`);
      const before = await Promise.all([count('heating_complaints'), count('heating_incidents'), count('messages')]);
      const answer = await submit(r.token, GUOPIN, { readings: readings() });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toHaveProperty([field]);
      expect(await Promise.all([count('heating_complaints'), count('heating_incidents'), count('messages')])).toEqual(before);
    });

    it.each([
      { case: 'an unknown community', place: { ...GUOPIN, communityId: 'cm-nowhere' }, field: 'communityId' },
      { case: 'a building of another community', place: { ...GUOPIN, buildingId: 'cm-jinxiu-b1' }, field: 'buildingId' },
      { case: 'a unit of another building', place: { ...GUOPIN, unitId: 'cm-shengyi-b3-u1' }, field: 'unitId' },
      { case: 'a room written in words', place: GUOPIN, room: '五零二', field: 'room' },
    ])('refuses $case with VALIDATION_FAILED and stores nothing', async ({ place, field, room }) => {
      const r = await newResident(`bad-place-${field}`);
      const before = await count('heating_complaints');
      const answer = await submit(r.token, place, room ? { room } : {});
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toHaveProperty([field]);
      expect(await count('heating_complaints')).toBe(before);
    });

    it('refuses heat problems out of season naming the season, and takes a leak all year', async () => {
      host.clock.set('2027-06-01T02:00:00.000Z');
      const r = await newResident('summer');
      for (const category of ['temperature', 'no_heat']) {
        const answer = await submit(r.token, GUOPIN, { category });
        expect(answer.status).toBe(409);
        expect(codeOf(answer)).toBe('OUT_OF_SEASON');
        expect(answer.body.ok === false && answer.body.error.message).toContain('供暖期为每年10月20日至次年4月10日（含）');
      }
      const leak = ok(await submit(r.token, GUOPIN, { category: 'leak', readings: [] }));
      expect(leak).toMatchObject({ status: 'submitted', categoryLabel: '漏水' });
      expect(ok(await heating('communities', {})).season).toMatchObject({ inSeason: false, start: '2027-10-20', end: '2028-04-10' });
    });

    it('takes the season boundaries as configured', async () => {
      const tuned = await startApiHost(engine, { now: '2026-10-25T02:00:00Z', env: { HEATING_SEASON_START: '11-01', HEATING_SEASON_END: '03-31' } });
      try {
        const token = await tuned.loginFresh('tuned-season');
        const answer = await tuned.call('heating', 'submit', { ...GUOPIN, room: '101', category: 'temperature', readings: [{ celsius: 16, at: '2026-10-25T01:00:00Z' }], phone: '13904341111' }, { token });
        expect(codeOf(answer)).toBe('OUT_OF_SEASON');
        expect(answer.body.ok === false && answer.body.error.message).toContain('供暖期为每年11月1日至次年3月31日（含）');
      } finally {
        await tuned.close();
      }
    });

    it('refuses a second open complaint of the same household and kind, and takes another kind', async () => {
      const r = await newResident('duplicate');
      const room = nextRoom();
      ok(await submit(r.token, CAIZHENG, { room }));
      const again = await submit(r.token, CAIZHENG, { room });
      expect(codeOf(again)).toBe('DUPLICATE_COMPLAINT');
      ok(await submit(r.token, CAIZHENG, { room, category: 'noise', readings: [] }));
    });

    it('answers a retried submit with its first answer and stores one complaint', async () => {
      const r = await newResident('retry');
      const body = complaint(GUOPIN_2);
      const first = ok(await heating('submit', body, r.token, 'retry-submit-0001'));
      const second = ok(await heating('submit', body, r.token, 'retry-submit-0001'));
      expect(second.id).toBe(first.id);
      expect(await host.app.db.selectFrom('heating_complaints').select('id').where('account_id', '=', r.accountId).execute()).toHaveLength(1);
    });
  });

  describe('photos', () => {
    it("attaches up to three of the resident's own new uploads", async () => {
      const r = await newResident('photos');
      for (const id of ['f-own-1', 'f-own-2', 'f-own-3'].map((f) => `${f}-${engine}`)) await insertFile(r.accountId, id);
      const view = ok(await submit(r.token, GUOPIN, { photos: [`f-own-1-${engine}`, `f-own-2-${engine}`, `f-own-3-${engine}`] }));
      expect(view.photos).toEqual([`f-own-1-${engine}`, `f-own-2-${engine}`, `f-own-3-${engine}`]);
      // Signed, short-lived links an <img> can load without a header.
      expect(view.photoUrls[0].startsWith(`/files/f-own-1-${engine}?expires=`)).toBe(true);
      expect(view.photoUrls[0]).toContain('&signature=');
      const attached = await host.app.db.selectFrom('files').select(['attached_type', 'attached_id']).where('id', '=', `f-own-1-${engine}`).executeTakeFirstOrThrow();
      expect(attached).toEqual({ attached_type: 'complaint', attached_id: view.id });
    });

    it("refuses a photo of another account, or one already attached, and stores nothing", async () => {
      const a = await newResident('photo-a');
      const b = await newResident('photo-b');
      await insertFile(b.accountId, `f-theirs-${engine}`);
      await insertFile(a.accountId, `f-mine-${engine}`);
      const before = await Promise.all([count('heating_complaints'), count('heating_incidents'), count('status_events')]);
      const theirs = await submit(a.token, GUOPIN, { photos: [`f-mine-${engine}`, `f-theirs-${engine}`] });
      expect(codeOf(theirs)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(theirs)).toHaveProperty('photos');
      expect(await Promise.all([count('heating_complaints'), count('heating_incidents'), count('status_events')])).toEqual(before);
      // Nothing of the refused submit stuck: my own photo is still free to use.
      const mine = await host.app.db.selectFrom('files').select('attached_id').where('id', '=', `f-mine-${engine}`).executeTakeFirstOrThrow();
      expect(mine.attached_id).toBeNull();
      const used = ok(await submit(a.token, GUOPIN, { photos: [`f-mine-${engine}`] }));
      expect(used.photos).toEqual([`f-mine-${engine}`]);
      expect(codeOf(await submit(a.token, GUOPIN, { photos: [`f-mine-${engine}`] }))).toBe('VALIDATION_FAILED');
    });

    it('refuses more than three photos and the same photo twice', async () => {
      const r = await newResident('photo-count');
      expect(fieldsOf(await submit(r.token, GUOPIN, { photos: ['a1', 'a2', 'a3', 'a4'] }))).toHaveProperty('photos');
      expect(fieldsOf(await submit(r.token, GUOPIN, { photos: ['a1', 'a1'] }))).toHaveProperty('photos');
    });

    it("lets the company's dispatcher and officials see a complaint's photos, and nobody else", async () => {
      const r = await newResident('photo-access');
      await insertFile(r.accountId, `f-access-${engine}`);
      const view = ok(await submit(r.token, GUOPIN, { photos: [`f-access-${engine}`] }));
      const access = host.app.modules.find((m) => m.name === 'heating')!.attachments!.complaint;
      const identity = async (token: string) => {
        const me = ok(await host.call('account', 'me', {}, { token }));
        const roles = await host.app.db.selectFrom('account_roles').select(['role', 'scope']).where('account_id', '=', me.user.id).execute();
        return { accountId: me.user.id as string, roles };
      };
      const other = await newDispatcher('photo-other', 'hc-other');
      expect(await access(host.app.db, await identity(dispatcher), view.id)).toBe(true);
      expect(await access(host.app.db, await identity(official), view.id)).toBe(true);
      expect(await access(host.app.db, await identity(other.token), view.id)).toBe(false);
      expect(await access(host.app.db, await identity(hospitalAdmin), view.id)).toBe(false);
    });
  });

  describe('the dispatcher', () => {
    it('walks a complaint through the loop, each step on the timeline and in the resident\'s messages', async () => {
      const r = await newResident('loop');
      const sent = ok(await submit(r.token, CAIZHENG));
      advance(1);
      const accepted = ok(await move(sent.id, 'accepted'));
      expect(accepted).toMatchObject({ status: 'accepted', nextDeadline: { kind: 'measure', by: '2026-12-02T02:00:00.000Z' }, allowedMoves: ['rejected', 'dispatched'] });
      advance(1 / 60);
      const dispatched = ok(await move(sent.id, 'dispatched', { crew: { name: '张师傅', phone: '13904342222' } }));
      expect(dispatched.crew).toEqual({ name: '张师傅', phoneMasked: '139****2222' });
      advance(3);
      const measured = ok(await move(sent.id, 'measured', { measuredCelsius: 15.5, measuredAt: '2026-12-01T13:45:00+08:00' }));
      expect(measured).toMatchObject({ status: 'measured', measuredCelsius: 15.5, measuredAt: '2026-12-01T05:45:00.000Z', refundTier: { percent: 60, sentence: '实测15.5℃，低于18℃，参考退费：当月供热费的60%' }, nextDeadline: null });
      advance(1 / 60);
      const resolved = ok(await move(sent.id, 'resolved', { note: '更换单元阀门，复测19℃' }));
      // The dispatcher's answer offers no owner action; the resident's view of the same complaint does.
      expect(resolved).toMatchObject({ status: 'resolved', canConfirm: false, canReopen: false, canRate: false, reopenUntil: '2026-12-08T06:02:00.000Z', autoCloseAt: '2026-12-04T06:02:00.000Z' });
      expect(ok(await heating('detail', { complaintId: sent.id }, r.token))).toMatchObject({ canConfirm: true, canReopen: true, canRate: true });
      expect(resolved.timeline.map((t: any) => [t.status, t.role, t.note])).toEqual([
        ['submitted', 'resident', null],
        ['accepted', 'heating_dispatcher', null],
        ['dispatched', 'heating_dispatcher', '派单：张师傅'],
        ['measured', 'heating_dispatcher', '实测15.5℃'],
        ['resolved', 'heating_dispatcher', '更换单元阀门，复测19℃'],
      ]);
      const messages = ok(await host.call('account', 'messages', {}, { token: r.token })).messages.filter((m: any) => m.kind.startsWith('heating_'));
      expect(messages.map((m: any) => m.kind)).toEqual(['heating_resolved', 'heating_measured', 'heating_dispatched', 'heating_accepted', 'heating_submitted']);
      expect(messages[1].body).toContain('参考退费：当月供热费的60%');
      expect(messages[2].body).toContain('维修人员张师傅');
      expect(messages[2].body).not.toContain('13904342222');
    });

    it('refuses moves the loop does not allow with ILLEGAL_TRANSITION, and moves without what they need', async () => {
      const r = await newResident('illegal');
      const sent = ok(await submit(r.token, CAIZHENG));
      expect(codeOf(await move(sent.id, 'measured', { measuredCelsius: 16 }))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await move(sent.id, 'resolved', { note: '已处理' }))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await move(sent.id, 'dispatched', { crew: { name: '张师傅', phone: '13904342222' } }))).toBe('ILLEGAL_TRANSITION');
      const noReason = await move(sent.id, 'rejected');
      expect(codeOf(noReason)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(noReason)).toHaveProperty('note');
      ok(await move(sent.id, 'accepted'));
      expect(fieldsOf(await move(sent.id, 'dispatched'))).toHaveProperty('crew');
      expect(codeOf(await move(sent.id, 'accepted'))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await move(sent.id, 'closed' as string))).toBe('VALIDATION_FAILED');
      advance(1 / 60);
      const rejected = ok(await move(sent.id, 'rejected', { note: '非集中供热用户，请联系物业' }));
      expect(rejected).toMatchObject({ status: 'rejected', statusLabel: '不予受理', allowedMoves: [], canRate: false, canReopen: false });
      expect(ok(await heating('detail', { complaintId: sent.id }, r.token))).toMatchObject({ canRate: true, canReopen: false });
      const messages = ok(await host.call('account', 'messages', {}, { token: r.token }));
      expect(messages.messages[0].body).toContain('原因：非集中供热用户，请联系物业');
    });

    it('queues open complaints of the company by the nearest deadline and flags overdue ones 督办', async () => {
      const r = await newResident('queue');
      const older = ok(await submit(r.token, CAIZHENG_2));
      advance(1);
      const newer = ok(await submit(r.token, CAIZHENG_2, { category: 'no_heat' }));
      ok(await move(newer.id, 'accepted'));
      advance(1.5); // the older one's 2 h to accept have run out
      const queue = ok(await heating('queue', { stationId: 'hs-caizheng' }, dispatcher)).complaints;
      const mine = queue.filter((c: any) => c.id === older.id || c.id === newer.id);
      expect(mine.map((c: any) => c.id)).toEqual([older.id, newer.id]);
      expect(mine[0]).toMatchObject({ overdue: true, overdueLabel: '督办：超时未受理', nextDeadline: { kind: 'accept' } });
      expect(mine[1]).toMatchObject({ overdue: false, overdueLabel: null, nextDeadline: { kind: 'measure' } });
      const byDeadline = queue.map((c: any) => c.nextDeadline?.by ?? '9999');
      expect(byDeadline).toEqual([...byDeadline].sort());
      expect(queue.every((c: any) => c.stationId === 'hs-caizheng' && c.phone === undefined && /\*{4}/.test(c.phoneMasked))).toBe(true);
      const accepted = ok(await heating('queue', { status: 'accepted' }, dispatcher)).complaints;
      expect(accepted.every((c: any) => c.status === 'accepted')).toBe(true);
      expect(accepted.map((c: any) => c.id)).toContain(newer.id);
    });

    it("shows the resident's phone in full on one complaint's detail to the company's dispatcher only", async () => {
      const r = await newResident('phone');
      const sent = ok(await submit(r.token, CAIZHENG, { phone: '13512345678' }));
      ok(await move(sent.id, 'accepted'));
      ok(await move(sent.id, 'dispatched', { crew: { name: '李师傅', phone: '13904343333' } }));
      const desk = ok(await heating('detail', { complaintId: sent.id }, dispatcher));
      expect(desk).toMatchObject({ phone: '13512345678', phoneMasked: '135****5678', crew: { name: '李师傅', phone: '13904343333' } });
      const own = ok(await heating('detail', { complaintId: sent.id }, r.token));
      expect(own.phone).toBeUndefined();
      expect(own.crew.phone).toBeUndefined();
      const county = ok(await heating('detail', { complaintId: sent.id }, official));
      expect(county.phone).toBeUndefined();
      expect(county.phoneMasked).toBe('135****5678');
      for (const action of ['queue', 'incidents']) {
        expect(JSON.stringify(ok(await heating(action, {}, dispatcher)))).not.toContain('13512345678');
      }
      expect(JSON.stringify(ok(await heating('stats', { from: '2026-12-01', to: '2026-12-01' }, dispatcher)))).not.toContain('13512345678');
    });

    it("keeps another company's dispatcher, other residents and hospital staff out", async () => {
      const r = await newResident('scope');
      const stranger = await newResident('scope-stranger');
      const other = await newDispatcher('scope-other', 'hc-other');
      const sent = ok(await submit(r.token, CAIZHENG));
      expect(codeOf(await heating('detail', { complaintId: sent.id }, other.token))).toBe('NOT_FOUND');
      expect(codeOf(await move(sent.id, 'accepted', {}, other.token))).toBe('NOT_FOUND');
      expect(ok(await heating('queue', {}, other.token)).complaints).toEqual([]);
      expect(ok(await heating('incidents', {}, other.token)).incidents).toEqual([]);
      expect(codeOf(await heating('detail', { complaintId: sent.id }, stranger.token))).toBe('NOT_FOUND');
      expect(codeOf(await heating('detail', { complaintId: sent.id }, hospitalAdmin))).toBe('NOT_FOUND');
      for (const [action, data] of [
        ['queue', {}],
        ['incidents', {}],
        ['transition', { complaintId: sent.id, to: 'accepted' }],
        ['transitionIncident', { incidentId: sent.incident.id, to: 'accepted' }],
        ['stats', { from: '2026-12-01', to: '2026-12-01' }],
      ] as const) {
        const answer = await heating(action, data, r.token);
        expect([action, answer.status, codeOf(answer)]).toEqual([action, 403, 'FORBIDDEN']);
      }
      expect(ok(await heating('detail', { complaintId: sent.id }, r.token)).status).toBe('submitted');
    });
  });

  describe('station incidents', () => {
    it('groups households of one station within 24 h into one incident and tells the next resident', async () => {
      const a = await newResident('inc-a');
      const b = await newResident('inc-b');
      const c = await newResident('inc-c');
      const first = ok(await submit(a.token, ZAISHUI));
      expect(first.incident).toMatchObject({ households: 1, dispatched: false, sentence: null });
      advance(5);
      const second = ok(await submit(b.token, ZAISHUI_2));
      expect(second.incident).toMatchObject({ id: first.incident.id, households: 2, sentence: '本站已有2户反映，正在安排处理' });
      // The same household reporting another kind is still one household.
      const secondNoise = ok(await submit(b.token, ZAISHUI_2, { room: second.room, category: 'noise', readings: [] }));
      expect(secondNoise.incident).toMatchObject({ id: first.incident.id, households: 2 });

      const accepted = ok(await heating('transitionIncident', { incidentId: first.incident.id, to: 'accepted' }, dispatcher));
      expect(accepted.moved.sort()).toEqual([first.id, second.id, secondNoise.id].sort());
      const dispatched = ok(await heating('transitionIncident', { incidentId: first.incident.id, to: 'dispatched', crew: { name: '赵师傅', phone: '13904344444' } }, dispatcher));
      expect(dispatched.moved).toHaveLength(3);
      expect(dispatched.incident).toMatchObject({ households: 2, status: 'open', dispatched: true, openComplaints: 3, stationName: '在水一方二站' });

      advance(18); // 23 h after the first
      const third = ok(await submit(c.token, { ...ZAISHUI, unitId: 'cm-zaishui-b3-u2' }));
      expect(third.incident).toMatchObject({ id: first.incident.id, households: 3, sentence: '本站已有3户反映，已派单' });
      const incidents = ok(await heating('incidents', { stationId: 'hs-zaishui-2' }, dispatcher)).incidents;
      expect(incidents[0]).toMatchObject({ id: first.incident.id, stationId: 'hs-zaishui-2', households: 3, openedAt: START, status: 'open' });

      // Only the newcomer can be accepted now; the others are listed as skipped.
      const again = ok(await heating('transitionIncident', { incidentId: first.incident.id, to: 'accepted' }, dispatcher));
      expect(again.moved).toEqual([third.id]);
      expect(again.skipped.map((s: any) => s.status)).toEqual(['dispatched', 'dispatched', 'dispatched']);
      expect(codeOf(await heating('transitionIncident', { incidentId: first.incident.id, to: 'resolved', note: '已修复' }, dispatcher))).toBe('ILLEGAL_TRANSITION');
      // Measuring is per household, never copied across an incident.
      expect(codeOf(await heating('transitionIncident', { incidentId: first.incident.id, to: 'measured' }, dispatcher))).toBe('VALIDATION_FAILED');

      advance(1.5); // 24.5 h after the first: a new incident begins
      const late = ok(await submit(a.token, ZAISHUI, { category: 'leak', readings: [] }));
      expect(late.incident.id).not.toBe(first.incident.id);
      expect(late.incident.households).toBe(1);
    });

    it("starts a new incident once every complaint of the station's incident is handled", async () => {
      const a = await newResident('inc-done-a');
      const b = await newResident('inc-done-b');
      const first = ok(await submit(a.token, SHIYAN));
      expect(first.incident.households).toBe(1);
      ok(await move(first.id, 'rejected', { note: '非集中供热用户' }));
      const next = ok(await submit(b.token, SHIYAN));
      expect(next.incident.id).not.toBe(first.incident.id);
      const incidents = ok(await heating('incidents', { stationId: 'hs-shiyan' }, dispatcher)).incidents;
      expect(incidents.map((i: any) => [i.id, i.status])).toEqual(expect.arrayContaining([[first.incident.id, 'closed'], [next.incident.id, 'open']]));
      expect(incidents[0].id).toBe(next.incident.id);
    });
  });

  describe('after 已处理', () => {
    it('offers confirm, reopen and rating to the owner only, never to the dispatcher or officials reading it', async () => {
      const r = await newResident('owner-actions');
      const sent = ok(await submit(r.token, GUOPIN));
      await resolve(sent.id, 17);
      expect(ok(await heating('detail', { complaintId: sent.id }, r.token))).toMatchObject({ canConfirm: true, canReopen: true, canRate: true });
      for (const token of [dispatcher, official]) {
        expect(ok(await heating('detail', { complaintId: sent.id }, token))).toMatchObject({ canConfirm: false, canReopen: false, canRate: false });
      }
      const queued = ok(await heating('queue', { status: 'resolved' }, dispatcher)).complaints.find((c: { id: string }) => c.id === sent.id);
      expect(queued).toMatchObject({ canConfirm: false, canRate: false });
    });

    it('lets the resident confirm (办结) and rate once, 1–5 with a comment', async () => {
      const r = await newResident('confirm');
      const sent = ok(await submit(r.token, GUOPIN));
      expect(codeOf(await heating('rate', { complaintId: sent.id, score: 5 }, r.token))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await heating('confirm', { complaintId: sent.id }, r.token))).toBe('ILLEGAL_TRANSITION');
      await resolve(sent.id, 19);
      advance(1);
      const closed = ok(await heating('confirm', { complaintId: sent.id }, r.token));
      expect(closed).toMatchObject({ status: 'closed', statusLabel: '已办结', canConfirm: false, refundTier: null });
      expect(closed.timeline.at(-1)).toMatchObject({ status: 'closed', role: 'resident', note: '居民确认办结' });
      expect(codeOf(await heating('confirm', { complaintId: sent.id }, r.token))).toBe('ILLEGAL_TRANSITION');
      const rated = ok(await heating('rate', { complaintId: sent.id, score: 4, comment: '师傅很负责' }, r.token));
      expect(rated).toMatchObject({ rating: { score: 4, comment: '师傅很负责' }, canRate: false });
      const again = await heating('rate', { complaintId: sent.id, score: 1 }, r.token);
      expect([again.status, codeOf(again)]).toEqual([409, 'ALREADY_RATED']);
      for (const score of [0, 6, 3.5]) expect(fieldsOf(await heating('rate', { complaintId: sent.id, score }, r.token))).toHaveProperty('score');
    });

    it('reopens within 7 days of 已处理 (also after 办结), restarting the measuring clock, and not after', async () => {
      const r = await newResident('reopen');
      const sent = ok(await submit(r.token, GUOPIN_2));
      await resolve(sent.id);
      ok(await heating('confirm', { complaintId: sent.id }, r.token));
      advance(6 * 24);
      expect(fieldsOf(await heating('reopen', { complaintId: sent.id, reason: '' }, r.token))).toHaveProperty('reason');
      const reopened = ok(await heating('reopen', { complaintId: sent.id, reason: '又不热了，只有16度' }, r.token));
      const measureAgainBy = new Date(host.clock.now().getTime() + 24 * HOUR).toISOString();
      expect(reopened).toMatchObject({ status: 'reopened', statusLabel: '重新处理', allowedMoves: ['dispatched'], nextDeadline: { kind: 'measure', by: measureAgainBy } });
      expect(reopened.timeline.at(-1)).toMatchObject({ status: 'reopened', role: 'resident', note: '又不热了，只有16度' });
      advance(1);
      ok(await move(sent.id, 'dispatched', { crew: { name: '张师傅', phone: '13904342222' } }));
      advance(1);
      ok(await move(sent.id, 'measured', { measuredCelsius: 18.5 }));
      advance(1);
      ok(await move(sent.id, 'resolved', { note: '二次排气' }));
      advance(7 * 24);
      ok(await heating('detail', { complaintId: sent.id }, r.token));
      expect(ok(await heating('detail', { complaintId: sent.id }, r.token)).canReopen).toBe(true);
      advance(0.01);
      const late = await heating('reopen', { complaintId: sent.id, reason: '还是不热' }, r.token);
      expect([late.status, codeOf(late)]).toEqual([409, 'REOPEN_WINDOW_CLOSED']);
      expect(late.body.ok === false && late.body.error.message).toContain('已处理超过7天');
    });

    it("answers NOT_FOUND for another account's complaint, the same as for a missing one", async () => {
      const owner = await newResident('owner');
      const stranger = await newResident('stranger');
      const sent = ok(await submit(owner.token, GUOPIN));
      await resolve(sent.id);
      for (const [action, data] of [
        ['detail', { complaintId: sent.id }],
        ['confirm', { complaintId: sent.id }],
        ['reopen', { complaintId: sent.id, reason: '不热' }],
        ['rate', { complaintId: sent.id, score: 1 }],
        ['detail', { complaintId: 'hcp_missing' }],
      ] as const) {
        const answer = await heating(action, data, stranger.token);
        expect([action, answer.status, codeOf(answer)]).toEqual([action, 404, 'NOT_FOUND']);
      }
      expect(ok(await heating('mine', {}, stranger.token)).complaints).toEqual([]);
      expect(ok(await heating('mine', {}, owner.token)).complaints.map((c: any) => c.id)).toEqual([sent.id]);
    });
  });

  describe('scheduled jobs', () => {
    it('flag an overdue complaint once per deadline and tell every dispatcher of the company', async () => {
      const second = await newDispatcher('jobs-second');
      const other = await newDispatcher('jobs-other', 'hc-other');
      const r = await newResident('overdue');
      const sent = ok(await submit(r.token, CAIZHENG_3));
      const dispatcherId = ok(await host.call('account', 'me', {}, { token: dispatcher })).user.id;
      const inbox = async (accountId: string) => (await host.app.db.selectFrom('messages').select(['title', 'body']).where('account_id', '=', accountId).where('kind', '=', 'heating_overdue').execute()).filter((m) => m.body.includes('盛宇华庭5号楼2单元'));

      const at = new Date(Date.parse(START) + 2 * HOUR + 60_000);
      await flagOverdueComplaints(host.app, at);
      const overdueMine = async () => (await host.app.db.selectFrom('heating_reminders').selectAll().where('complaint_id', '=', sent.id).execute()).length;
      expect(await overdueMine()).toBe(1);
      expect(await inbox(dispatcherId)).toEqual([{ title: '督办：超时未受理', body: expect.stringContaining('已超过受理时限（12月1日 12:00）') }]);
      expect(await inbox(second.accountId)).toHaveLength(1);
      expect(await inbox(other.accountId)).toHaveLength(0);
      expect((await inbox(dispatcherId))[0].body).not.toContain(sent.room);

      // Twice for the same time, and again later: nothing more for the same deadline.
      const before = await Promise.all([count('messages'), count('heating_reminders')]);
      expect(await flagOverdueComplaints(host.app, at)).toBe(0);
      expect(await flagOverdueComplaints(host.app, new Date(at.getTime() + HOUR))).toBe(0);
      expect(await Promise.all([count('messages'), count('heating_reminders')])).toEqual(before);

      // Accepted late, then the 24 h to measure run out: a second notice, for that deadline.
      ok(await move(sent.id, 'accepted'));
      await flagOverdueComplaints(host.app, new Date(Date.parse(START) + 25 * HOUR));
      expect(await overdueMine()).toBe(2);
      expect((await inbox(dispatcherId)).map((m) => m.title)).toEqual(['督办：超时未受理', '督办：超时未上门测温']);
    });

    it('close 已处理 72 h later when the resident neither confirmed nor reopened (超时自动办结), once', async () => {
      const r = await newResident('autoclose');
      const waiting = ok(await submit(r.token, GUOPIN));
      const confirmed = ok(await submit(r.token, GUOPIN, { category: 'leak', readings: [] }));
      const resolvedAt = Date.parse((await resolve(waiting.id)).resolvedAt);
      await resolve(confirmed.id);
      ok(await heating('confirm', { complaintId: confirmed.id }, r.token));

      await autoCloseResolved(host.app, new Date(resolvedAt + 72 * HOUR - 1000));
      expect(ok(await heating('detail', { complaintId: waiting.id }, r.token)).status).toBe('resolved');
      const atLimit = new Date(resolvedAt + 72 * HOUR);
      const closedNow = await autoCloseResolved(host.app, atLimit);
      expect(closedNow).toBeGreaterThanOrEqual(1);
      const view = ok(await heating('detail', { complaintId: waiting.id }, r.token));
      expect(view.status).toBe('closed');
      expect(view.timeline.at(-1)).toMatchObject({ status: 'closed', role: 'system', note: '超时自动办结', at: atLimit.toISOString() });
      const confirmedView = ok(await heating('detail', { complaintId: confirmed.id }, r.token));
      expect(confirmedView.timeline.filter((t: any) => t.status === 'closed')).toHaveLength(1);
      const messages = ok(await host.call('account', 'messages', {}, { token: r.token }));
      expect(messages.messages.filter((m: any) => m.body.includes('超时自动办结'))).toHaveLength(1);

      const before = await Promise.all([count('messages'), count('status_events')]);
      expect(await autoCloseResolved(host.app, atLimit)).toBe(0);
      expect(await Promise.all([count('messages'), count('status_events')])).toEqual(before);
    });

    it('change nothing when the scheduler runs every due job twice for the same time', async () => {
      const r = await newResident('run-twice');
      const sent = ok(await submit(r.token, GUOPIN_2));
      await resolve(sent.id);
      ok(await submit(r.token, GUOPIN_2, { category: 'noise', readings: [] }));
      const at = new Date(Date.parse(START) + 100 * HOUR);
      const first = await runDueJobs(host.app, at, { all: true });
      expect(first.find((j) => j.name === 'heating-flag-overdue')?.changed).toBeGreaterThan(0);
      expect(first.find((j) => j.name === 'heating-auto-close')?.changed).toBeGreaterThan(0);
      const tables = () => Promise.all([count('messages'), count('status_events'), count('heating_reminders'), count('heating_complaints')]);
      const before = await tables();
      const second = await runDueJobs(host.app, at, { all: true });
      expect(second.filter((j) => j.name.startsWith('heating-')).map((j) => [j.name, j.changed, j.error])).toEqual([
        ['heating-flag-overdue', 0, undefined],
        ['heating-auto-close', 0, undefined],
      ]);
      expect(await tables()).toEqual(before);
    });
  });

  describe('races', () => {
    it('lets exactly one of two dispatchers move one complaint at once, over many rounds', async () => {
      const second = await newDispatcher('race-second');
      const r = await newResident('race');
      const rounds = Number(process.env.HEATING_RACE_ROUNDS ?? 20);
      const losers = new Map<string, number>();
      for (let i = 0; i < rounds; i += 1) {
        const sent = ok(await submit(r.token, GUOPIN, { category: i % 2 ? 'leak' : 'noise', readings: [], room: `R${i}` }));
        // Both desks make the same move on the same complaint. (Accept and reject may both
        // stand when one follows the other: 不予受理 is allowed from 已受理 too.)
        const [to, extra]: [string, Record<string, unknown>] = i % 2 === 0 ? ['accepted', {}] : ['rejected', { note: '重复反映' }];
        const answers = await Promise.all([move(sent.id, to, extra), move(sent.id, to, extra, second.token)]);
        const codes = answers.map(codeOf).sort();
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(codes.filter((c) => c !== 'OK').every((c) => c === 'ILLEGAL_TRANSITION' || c === 'CONFLICT')).toBe(true);
        for (const c of codes.filter((code) => code !== 'OK')) losers.set(c, (losers.get(c) ?? 0) + 1);
        const events = await host.app.db.selectFrom('status_events').select('to_status').where('subject_id', '=', sent.id).execute();
        expect(events).toHaveLength(2);
        const notices = await host.app.db.selectFrom('messages').select('kind').where('account_id', '=', r.accountId).where('kind', 'in', ['heating_accepted', 'heating_rejected']).execute();
        expect(notices).toHaveLength(i + 1);
      }
      if (process.env.HEATING_RACE_ROUNDS) console.log(`${engine}: ${rounds} rounds, the loser got ${JSON.stringify(Object.fromEntries(losers))}`);
    });

    it('groups ten households racing to report at one station into one incident of ten', async () => {
      const residents = await Promise.all(Array.from({ length: 10 }, (_, i) => newResident(`race-station-${i}`)));
      host.clock.set('2026-12-05T02:00:00.000Z');
      const answers = await Promise.all(residents.map((r, i) => submit(r.token, { ...CAIZHENG, unitId: `cm-jinxiu-b1-u${1 + (i % 3)}` }, { room: `9${i}`, readings: [{ celsius: 15, at: minutesAgo(10) }] })));
      const views = answers.map((a) => ok(a));
      const incidentIds = new Set(views.map((v) => v.incident.id));
      expect(incidentIds.size).toBe(1);
      const incident = await host.app.db.selectFrom('heating_incidents').selectAll().where('id', '=', [...incidentIds][0]).executeTakeFirstOrThrow();
      expect(incident.households).toBe(10);
      expect(views.map((v) => v.incident.households).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('rates once when the same rating is sent twice at once', async () => {
      const r = await newResident('race-rate');
      const sent = ok(await submit(r.token, GUOPIN_2));
      await resolve(sent.id);
      const answers = await Promise.all([heating('rate', { complaintId: sent.id, score: 5 }, r.token), heating('rate', { complaintId: sent.id, score: 2 }, r.token)]);
      expect(answers.map(codeOf).sort()).toEqual(['ALREADY_RATED', 'OK']);
    });
  });

  describe('figures', () => {
    it("gives the dispatcher the company's figures per station and officials the county's", async () => {
      const r = await newResident('stats');
      host.clock.set('2026-12-10T02:00:00.000Z');
      const fast = ok(await submit(r.token, CAIZHENG_2, { room: 'S1' }));
      const slow = ok(await submit(r.token, CAIZHENG_2, { room: 'S2' }));
      const refused = ok(await submit(r.token, CAIZHENG_2, { room: 'S3' }));
      advance(1);
      await resolve(fast.id, 16.5); // accepted and measured within an hour
      ok(await heating('rate', { complaintId: fast.id, score: 5 }, r.token));
      ok(await move(refused.id, 'rejected', { note: '非本公司供热' }));
      advance(2); // 3 h: late to accept
      ok(await move(slow.id, 'accepted'));
      ok(await move(slow.id, 'dispatched', { crew: { name: '张师傅', phone: '13904342222' } }));
      advance(25); // 28 h: late to measure
      ok(await move(slow.id, 'measured', { measuredCelsius: 17 }));
      ok(await heating('rate', { complaintId: refused.id, score: 1, comment: '没有解释清楚' }, r.token));

      const mine = ok(await heating('stats', { from: '2026-12-10', to: '2026-12-10' }, dispatcher));
      const station = mine.byStation.find((s: any) => s.stationId === 'hs-caizheng');
      expect(station).toMatchObject({
        stationName: '财政站',
        complaints: 3,
        acceptedWithin2hShare: 0.5,
        measuredWithin24hShare: 0.5,
        // 63 and 1,684 minutes (see the clock above).
        medianMinutesToMeasurement: Math.round((63 + 28 * 60 + 4) / 2),
        averageRating: 3,
        ratings: 2,
      });
      expect(mine.complaints).toBe(3);
      expect(mine.byStatus).toMatchObject({ resolved: 1, measured: 1, rejected: 1, submitted: 0 });
      expect(mine.byStation.map((s: any) => s.stationId).sort()).toEqual(['hs-caizheng', 'hs-guopin', 'hs-nonghang', 'hs-shiyan', 'hs-zaishui-2']);

      const county = ok(await heating('stats', { from: '2026-12-10', to: '2026-12-10' }, official));
      expect(county.byStation.find((s: any) => s.stationId === 'hs-caizheng')).toEqual(station);

      const other = await newDispatcher('stats-other', 'hc-other');
      expect(ok(await heating('stats', { from: '2026-12-10', to: '2026-12-10' }, other.token))).toMatchObject({ complaints: 0, byStation: [] });
      expect(codeOf(await heating('stats', { from: '2026-12-10', to: '2026-12-01' }, dispatcher))).toBe('VALIDATION_FAILED');
      expect(codeOf(await heating('stats', { from: '2026-12-10', to: '2026-12-10' }, hospitalAdmin))).toBe('FORBIDDEN');
    });
  });

  describe('Open311 GeoReport v2 for the 12345 platform', () => {
    it('publishes one service per category', async () => {
      const response = await host.raw('/open311/v2/services.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      const services = await response.json();
      expect(services.map((s: any) => [s.service_code, s.service_name])).toEqual([
        ['temperature', '室温不达标'],
        ['no_heat', '不热停热'],
        ['leak', '漏水'],
        ['noise', '噪音'],
        ['other', '其他'],
      ]);
      expect(services[0]).toMatchObject({ metadata: false, type: 'realtime' });
    });

    it('lists requests of a period by status, addressed to the unit: never room, name or phone', async () => {
      const r = await newResident('open311');
      host.clock.set('2026-12-20T02:00:00.000Z');
      const open = ok(await submit(r.token, GUOPIN, { room: '1808', phone: '13787654321', memberId: r.memberId, description: '孙桂芝家里太冷' }));
      const done = ok(await submit(r.token, GUOPIN, { room: '1809', category: 'leak', readings: [] }));
      await resolve(done.id);
      const query = (q: string) => host.raw(`/open311/v2/requests.json?${q}`);
      const period = 'start_date=2026-12-20T00:00:00%2B08:00&end_date=2026-12-20T23:59:59%2B08:00';

      const all = await (await query(period)).json();
      const found = all.filter((x: any) => [open.id, done.id].includes(x.service_request_id));
      expect(found).toHaveLength(2);
      const openOne = found.find((x: any) => x.service_request_id === open.id);
      expect(openOne).toEqual({
        service_request_id: open.id,
        status: 'open',
        status_notes: '已提交',
        service_name: '室温不达标',
        service_code: 'temperature',
        agency_responsible: '华大电厂新城营业部',
        requested_datetime: '2026-12-20T10:00:00+08:00',
        updated_datetime: '2026-12-20T10:00:00+08:00',
        expected_datetime: '2026-12-20T12:00:00+08:00',
        address: '圣一富苑2号楼1单元',
        zipcode: '130700',
      });
      const text = JSON.stringify(all);
      for (const secret of ['1808', '13787654321', '孙桂芝', '太冷', '4321']) expect(text).not.toContain(secret);

      const openOnly = await (await query(`${period}&status=open`)).json();
      expect(openOnly.map((x: any) => x.service_request_id)).toContain(open.id);
      expect(openOnly.map((x: any) => x.service_request_id)).not.toContain(done.id);
      const closedOnly = await (await query(`${period}&status=closed`)).json();
      expect(closedOnly.find((x: any) => x.service_request_id === done.id)).toMatchObject({ status: 'closed', status_notes: '已处理' });
      expect((await (await query(`${period}&service_code=leak`)).json()).map((x: any) => x.service_code)).toEqual(['leak']);
      expect(await (await query('start_date=2026-12-21&end_date=2026-12-22')).json()).toEqual([]);

      const one = await host.raw(`/open311/v2/requests/${open.id}.json`);
      expect((await one.json())[0]).toMatchObject({ service_request_id: open.id, address: '圣一富苑2号楼1单元' });
      expect((await host.raw('/open311/v2/requests/hcp_missing.json')).status).toBe(404);
    });

    it.each([
      ['start_date=yesterday', 400],
      ['status=pending', 400],
      ['service_code=heat', 400],
      ['start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z', 400],
    ])('answers %s with %s in GeoReport form', async (q, status) => {
      const response = await host.raw(`/open311/v2/requests.json?${q}`);
      expect(response.status).toBe(status);
      expect((await response.json())[0]).toMatchObject({ code: 400, description: expect.any(String) });
    });
  });
});
