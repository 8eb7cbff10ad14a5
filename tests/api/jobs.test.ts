import { runDueJobs } from '../../server/jobs/run-jobs';
import { SEARCH_INDEX_SETTING } from '../../server/features/gig-jobs/jobs-migrations';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { codeOf, jobsFixtures, ok } from '../support/jobs-fixtures';

jest.setTimeout(180_000);

// Expiry and figures read business dates in Asia/Shanghai whatever the server's zone.
process.env.TZ = 'America/Los_Angeles';

const NOW = '2026-11-29T02:00:00Z'; // 10:00 on 11-29 in China
const CHANGQING = { lat: 43.3466, lng: 125.3031 };

describe.each(availableEngines())('jobs function on %s', (engine) => {
  let host: ApiHost;
  let fx: ReturnType<typeof jobsFixtures>;
  let employer: string;
  let staff: string;
  let official: string;
  let resident: string;
  let residentSelf: string;

  beforeAll(async () => {
    host = await startApiHost(engine, { now: NOW, env: { RATE_LIMIT_MUTATIONS: '0' } });
    fx = jobsFixtures(host, engine);
    employer = await host.login('employer');
    staff = await host.login('station-staff');
    official = await host.login('official');
    resident = await host.login('resident-1');
    const members = ok(await host.call('account', 'members', {}, { token: resident }));
    residentSelf = members.members.find((m: { relation: string }) => m.relation === 'self').id;
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set(NOW));

  const jobs = (action: string, data: unknown, token?: string) => fx.jobs(action, data, token);
  /** A minute passes between steps, so timelines and messages have an order. */
  const tick = () => host.clock.advance(60_000);
  /** The gig station's messages to an account, newest first. */
  const jobMessages = async (token: string) => ok(await host.call('account', 'messages', {}, { token })).messages.filter((m: any) => m.kind.startsWith('job_'));
  const search = async (data: Record<string, unknown>, token?: string) => ok(await jobs('search', data, token));
  /** Every page of a search, following nextCursor. */
  async function allPages(data: Record<string, unknown>) {
    const items: any[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page += 1) {
      const answer = await search({ ...data, ...(cursor ? { cursor } : {}) });
      items.push(...answer.items);
      if (!answer.nextCursor) return items;
      cursor = answer.nextCursor;
    }
    throw new Error('too many pages');
  }

  describe('search', () => {
    it('matches Chinese inside words with the engine’s trigram index: 保洁 and 保洁员 both find 小区保洁员', async () => {
      const index = await host.app.db.selectFrom('app_settings').select('value').where('key', '=', SEARCH_INDEX_SETTING).executeTakeFirst();
      expect(index?.value).toBe(engine === 'sqlite' ? 'fts5-trigram' : 'pg_trgm');
      for (const keyword of ['保洁', '保洁员', '区保洁']) {
        const titles = (await allPages({ keyword })).map((c) => c.title);
        expect(titles).toContain('小区保洁员（日结）');
      }
      const inside = await allPages({ keyword: '洁员' });
      expect(inside.every((c) => c.title.includes('洁员') || c.employerName.includes('洁员'))).toBe(true);
    });

    it('requires every word, and matches employer names and 日结', async () => {
      const both = await allPages({ keyword: '保洁  日结' });
      expect(both.length).toBeGreaterThan(0);
      expect(both.every((c) => c.sameDayPay)).toBe(true);
      const byEmployer = await allPages({ keyword: '鑫源物流' });
      expect(byEmployer.length).toBeGreaterThan(0);
      expect(byEmployer.every((c) => c.employerName === '伊通县鑫源物流有限公司')).toBe(true);
    });

    it.each(['%', '_', '%%%', '\\', '"', '" OR "'])('takes %s literally, not as a wildcard or a query operator', async (keyword) => {
      expect((await search({ keyword })).items).toEqual([]);
    });

    it('filters by category, type, 日结 and a minimum pay in its unit', async () => {
      const loading = await allPages({ category: 'loading' });
      expect(loading.length).toBeGreaterThan(0);
      expect(loading.every((c) => c.category === 'loading' && c.categoryLabel === '搬运装卸')).toBe(true);
      const gigs = await allPages({ type: 'gig', sameDayPay: true });
      expect(gigs.every((c) => c.type === 'gig' && c.sameDayPay && c.payText.endsWith(' · 日结'))).toBe(true);
      const wellPaid = await allPages({ minPay: 20000, payUnit: 'day' });
      expect(wellPaid.length).toBeGreaterThan(0);
      expect(wellPaid.every((c) => c.payUnit === 'day' && c.pay >= 20000)).toBe(true);
    });

    it('finds within N km by exact distance, nearest first', async () => {
      const near = await allPages({ ...CHANGQING, radiusKm: 1, sort: 'nearest' });
      expect(near.length).toBeGreaterThan(0);
      expect(near.every((c) => c.distanceKm <= 1)).toBe(true);
      const distances = near.map((c) => c.distanceKm);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      // Everything within 1 km is also within 30 km, and the townships only there.
      const wide = await allPages({ ...CHANGQING, radiusKm: 30 });
      expect(wide.length).toBeGreaterThan(near.length);
      expect(wide.map((c) => c.place)).toContain('营城子镇');
      expect(near.map((c) => c.place)).not.toContain('营城子镇');
    });

    it('sorts by pay: within one unit by its pay, across units by an estimated day’s pay with piece rates last', async () => {
      const monthly = await allPages({ payUnit: 'month', sort: 'pay' });
      expect(monthly.map((c) => c.pay)).toEqual([...monthly.map((c) => c.pay)].sort((a, b) => b - a));
      const all = await allPages({ sort: 'pay' });
      const firstPiece = all.findIndex((c) => c.payUnit === 'piece');
      expect(firstPiece).toBeGreaterThan(0);
      expect(all.slice(firstPiece).every((c) => c.payUnit === 'piece')).toBe(true);
    });

    it.each([
      { sort: 'newest', extra: {} },
      { sort: 'pay', extra: {} },
      { sort: 'pay', extra: { payUnit: 'day' } },
      { sort: 'nearest', extra: { ...CHANGQING, radiusKm: 50 } },
      { sort: 'newest', extra: { keyword: '伊通县' } },
      { sort: 'pay', extra: { keyword: '伊通县' } },
      { sort: 'nearest', extra: { keyword: '伊通县', ...CHANGQING, radiusKm: 50 } },
      { sort: 'newest', extra: { keyword: '伊通' } },
    ])('pages by $sort $extra with an opaque cursor: small pages add up to one big page', async ({ sort, extra }) => {
      const big = await search({ sort, ...extra, limit: 50 });
      const paged = await allPages({ sort, ...extra, limit: 7 });
      expect(paged.length).toBeGreaterThanOrEqual(big.items.length);
      expect(paged.map((c) => c.id).slice(0, big.items.length)).toEqual(big.items.map((c: any) => c.id));
      expect(new Set(paged.map((c) => c.id)).size).toBe(paged.length);
    });

    it('refuses a forged cursor, or one from another sort', async () => {
      const first = await search({ limit: 2 });
      expect(codeOf(await jobs('search', { limit: 2, sort: 'pay', cursor: first.nextCursor }))).toBe('VALIDATION_FAILED');
      for (const cursor of ['not-a-cursor', Buffer.from(JSON.stringify({ v: 1, s: 'newest', c: 'pay_daily', k: "1' or '1'='1", i: 'x' })).toString('base64url')]) {
        const r = await jobs('search', { cursor });
        expect(r.status).toBe(400);
        expect(r.body.ok === false && r.body.error.fields?.cursor).toBe('分页标记无效，请重新搜索');
      }
    });

    it.each([
      { data: { minPay: 100 }, field: 'payUnit' },
      { data: { sort: 'nearest' }, field: 'sort' },
      { data: { lat: 43.3 }, field: 'lng' },
      { data: { radiusKm: 5 }, field: 'radiusKm' },
      { data: { ...CHANGQING, radiusKm: 101 }, field: 'radiusKm' },
      { data: { category: 'security' }, field: 'category' },
    ])('refuses $data with a field error on $field', async ({ data, field }) => {
      const r = await jobs('search', data);
      expect(r.status).toBe(400);
      expect(r.body.ok === false && r.body.error.fields?.[field]).toBeTruthy();
    });

    it('shows cards without the contact phone', async () => {
      const r = await host.raw('/api/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'search', data: { limit: 50 } }) });
      const text = await r.text();
      expect(text).not.toMatch(/1390434\d{4}/);
      expect(text).not.toContain('contact');
    });
  });

  describe('only reviewed postings of verified employers are shown', () => {
    it('keeps a new posting out of search and 404s it to everyone but its employer and the station', async () => {
      const created = ok(await jobs('createPosting', fx.postingFields({ title: '待审核的甲乙岗位' }), employer));
      expect(created).toMatchObject({ status: 'pending_review', statusLabel: '待审核', postedAt: null });
      expect((await search({ keyword: '待审核的甲乙' })).items).toEqual([]);
      const other = await fx.employerAccount('other-a', 'emp-xinyuan');
      for (const token of [undefined, resident, other]) {
        const r = await jobs('detail', { postingId: created.id }, token);
        expect({ status: r.status, code: codeOf(r) }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      expect(ok(await jobs('detail', { postingId: created.id }, employer)).status).toBe('pending_review');
      expect(ok(await jobs('detail', { postingId: created.id }, staff)).status).toBe('pending_review');
      expect((await host.raw(`/jobs/${created.id}.jsonld`)).status).toBe(404);
    });

    it('publishes on approval, and tells the employer', async () => {
      const created = ok(await jobs('createPosting', fx.postingFields({ title: '审核通过的丙丁岗位' }), employer));
      tick();
      const queue = ok(await jobs('reviewQueue', {}, staff));
      expect(queue.postings.map((p: any) => p.id)).toContain(created.id);
      const reviewed = ok(await jobs('review', { postingId: created.id, approve: true }, staff));
      expect(reviewed).toMatchObject({ status: 'published', postedAt: '2026-11-29T02:01:00.000Z' });
      expect(reviewed.timeline.map((t: any) => [t.status, t.role])).toEqual([
        ['pending_review', 'employer'],
        ['published', 'station_staff'],
      ]);
      expect((await search({ keyword: '审核通过的丙丁' })).items.map((c: any) => c.id)).toEqual([created.id]);
      const messages = await jobMessages(employer);
      expect(messages[0]).toMatchObject({ title: '岗位审核通过', body: '「审核通过的丙丁岗位」已通过驿站审核并发布，有效期至12月20日（含）。' });
      expect(codeOf(await jobs('review', { postingId: created.id, approve: true }, staff))).toBe('ILLEGAL_TRANSITION');
    });

    it('rejects with a reason only the employer and the station read', async () => {
      const created = ok(await jobs('createPosting', fx.postingFields({ title: '被驳回的岗位' }), employer));
      const noReason = await jobs('review', { postingId: created.id, approve: false }, staff);
      expect(noReason.body.ok === false && noReason.body.error.fields?.reason).toBe('请写明不通过的原因');
      const rejected = ok(await jobs('review', { postingId: created.id, approve: false, reason: '薪资描述不清' }, staff));
      expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: '薪资描述不清' });
      const mine = ok(await jobs('myPostings', {}, employer));
      expect(mine.postings.find((p: any) => p.id === created.id)).toMatchObject({ status: 'rejected', rejectionReason: '薪资描述不清', closeOptions: [] });
      expect(codeOf(await jobs('detail', { postingId: created.id }, resident))).toBe('NOT_FOUND');
    });

    it('hides every posting of an employer whose verification is withdrawn, at once', async () => {
      const employers = ok(await jobs('employers', {}, staff)).employers;
      const wanjia = employers.find((e: any) => e.id === 'emp-wanjia');
      expect((await allPages({ keyword: '万家福' })).length).toBeGreaterThan(0);
      const postingId = (await allPages({ keyword: '万家福' }))[0].id;
      ok(await jobs('saveEmployer', { id: 'emp-wanjia', name: wanjia.name, creditCode: wanjia.creditCode, contactName: wanjia.contactName, contactPhone: wanjia.contactPhone, address: wanjia.address, verified: false }, staff));
      expect(await allPages({ keyword: '万家福' })).toEqual([]);
      expect(codeOf(await jobs('detail', { postingId }, resident))).toBe('NOT_FOUND');
      expect((await host.raw(`/jobs/${postingId}.jsonld`)).status).toBe(404);
      ok(await jobs('saveEmployer', { id: 'emp-wanjia', name: wanjia.name, creditCode: wanjia.creditCode, contactName: wanjia.contactName, contactPhone: wanjia.contactPhone, address: wanjia.address, verified: true }, staff));
      expect((await allPages({ keyword: '万家福' })).length).toBeGreaterThan(0);
    });

    it('keeps keyword search current when the station renames an employer', async () => {
      const manxiang = ok(await jobs('employers', {}, staff)).employers.find((e: any) => e.id === 'emp-manxiang');
      const save = (name: string) => jobs('saveEmployer', { id: manxiang.id, name, creditCode: manxiang.creditCode, contactName: manxiang.contactName, contactPhone: manxiang.contactPhone, address: manxiang.address, verified: true }, staff);
      const before = (await allPages({ keyword: '满乡风味饭店' })).length;
      expect(before).toBeGreaterThan(0);
      expect(ok(await save('伊通满乡风味酒楼'))).toMatchObject({ name: '伊通满乡风味酒楼', postings: expect.any(Number) });
      expect(await allPages({ keyword: '满乡风味饭店' })).toEqual([]);
      const renamed = await allPages({ keyword: '风味酒楼' });
      expect(renamed).toHaveLength(before);
      expect(renamed.every((c) => c.employerName === '伊通满乡风味酒楼')).toBe(true);
      ok(await save(manxiang.name));
      expect(await allPages({ keyword: '满乡风味饭店' })).toHaveLength(before);
    });

    it('lets only a verified employer post, and only for itself', async () => {
      const unverified = await fx.employerAccount('suda', 'emp-suda');
      const r = await jobs('createPosting', fx.postingFields(), unverified);
      expect({ status: r.status, code: codeOf(r) }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(codeOf(await jobs('createPosting', fx.postingFields({ employerId: 'emp-xinyuan' }), employer))).toBe('FORBIDDEN');
      expect(codeOf(await jobs('createPosting', fx.postingFields(), resident))).toBe('FORBIDDEN');
    });

    it.each([
      { change: { validThrough: '2026-11-28' }, field: 'validThrough', message: '有效期不能早于今天' },
      { change: { validThrough: '2027-02-28' }, field: 'validThrough', message: '有效期最长90天，最晚2月27日（含）' },
      { change: { requirements: { minAge: 14 } }, field: 'requirements.minAge', message: '招用人员年龄不得低于16周岁' },
      { change: { payUnit: 'month', sameDayPay: true, pay: 300000 }, field: 'sameDayPay', message: '按月计薪的岗位不能标为日结' },
      { change: { contactPhone: '110' }, field: 'contactPhone', message: '请填写11位手机号或带区号的固定电话' },
      { change: { title: '\u202e工洁保' }, field: 'title', message: '含有不允许的字符' },
    ])('refuses a posting with $field: $message', async ({ change, field, message }) => {
      const r = await jobs('createPosting', fx.postingFields(change), employer);
      expect(r.status).toBe(400);
      expect(r.body.ok === false && r.body.error.fields?.[field]).toBe(message);
    });
  });

  describe('the contact phone', () => {
    it('shows only after applying, in the seeker’s 我的报名 too, and is stored sealed', async () => {
      const postingId = await fx.published(employer, staff, { title: '联系方式测试岗位', contactPhone: '13904345555' });
      const before = ok(await jobs('detail', { postingId }, resident));
      expect(before).toMatchObject({ contact: null, applied: false, canApply: true });
      const application = ok(await jobs('apply', { postingId, memberId: residentSelf }, resident));
      expect(application.contact).toEqual({ name: '王经理', phone: '13904345555' });
      const after = ok(await jobs('detail', { postingId }, resident));
      expect(after).toMatchObject({ contact: { name: '王经理', phone: '13904345555' }, applied: true });
      expect(after.myApplications).toEqual([expect.objectContaining({ memberId: residentSelf, status: 'applied' })]);
      expect(ok(await jobs('detail', { postingId }, employer)).contact.phone).toBe('13904345555');
      expect(ok(await jobs('detail', { postingId }, staff)).contact.phone).toBe('13904345555');
      expect(ok(await jobs('detail', { postingId })).contact).toBeNull();
      const raw = await host.app.db.selectFrom('job_postings').select(['contact_phone_enc', 'search_text']).where('id', '=', postingId).executeTakeFirstOrThrow();
      expect(JSON.stringify(raw)).not.toContain('5555');
      // Withdrawn: the number is no longer shown.
      ok(await jobs('withdraw', { applicationId: application.id }, resident));
      expect(ok(await jobs('detail', { postingId }, resident)).contact).toBeNull();
    });

    it('never appears in JSON-LD', async () => {
      const postingId = await fx.published(employer, staff, { contactPhone: '13904346666', payUnit: 'hour', pay: 2500, sameDayPay: false, type: 'part_time' });
      const r = await host.raw(`/jobs/${postingId}.jsonld`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('application/ld+json');
      const body = await r.json();
      expect(JSON.stringify(body)).not.toContain('6666');
      expect(body).toMatchObject({
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: '测试岗位',
        datePosted: '2026-11-29T02:00:00.000Z',
        validThrough: '2026-12-20T23:59:59+08:00',
        employmentType: ['PART_TIME'],
        hiringOrganization: { '@type': 'Organization', name: '伊通县安心家政服务有限公司' },
        jobLocation: { '@type': 'Place', geo: { latitude: 43.3466, longitude: 125.3031 } },
        baseSalary: { '@type': 'MonetaryAmount', currency: 'CNY', value: { '@type': 'QuantitativeValue', value: 25, unitText: 'HOUR' } },
      });
    });

    it('says a piece rate in JSON-LD without a unitText search engines would misread', async () => {
      const postingId = await fx.published(employer, staff, { payUnit: 'piece', pay: 50 });
      const body = await (await host.raw(`/jobs/${postingId}.jsonld`)).json();
      expect(body.baseSalary).toBeUndefined();
      expect(body.incentiveCompensation).toBe('计件：0.5元/件 · 日结');
      expect((await host.raw('/jobs/no-such-posting.jsonld')).status).toBe(404);
    });
  });

  describe('expiry at the Shanghai date edge', () => {
    it('lists and takes applications through 23:59 China time of the valid day, and stops at 00:00', async () => {
      const postingId = await fx.published(employer, staff, { title: '今天到期的戊己岗位', validThrough: '2026-11-30' });
      const applicant = await fx.seeker('到期测试');
      host.clock.set('2026-11-30T15:59:59Z'); // 23:59:59 on 11-30 in China, 07:59 in Los Angeles
      expect((await search({ keyword: '今天到期的戊己' })).items).toHaveLength(1);
      expect((await host.raw(`/jobs/${postingId}.jsonld`)).status).toBe(200);
      host.clock.set('2026-11-30T16:00:00Z'); // 00:00 on 12-01 in China
      expect((await search({ keyword: '今天到期的戊己' })).items).toEqual([]);
      const refused = await jobs('apply', { postingId, memberId: applicant.memberId }, applicant.token);
      expect({ code: codeOf(refused), message: refused.body.ok ? '' : refused.body.error.message }).toEqual({ code: 'POSTING_CLOSED', message: '该岗位已于11月30日过期' });
      expect(ok(await jobs('detail', { postingId })).status).toBe('expired');
      expect((await host.raw(`/jobs/${postingId}.jsonld`)).status).toBe(404);
    });

    it('is recorded by the scheduled job once, by the system', async () => {
      const postingId = await fx.published(employer, staff, { title: '到期记录岗位', validThrough: '2026-11-29' });
      const at = new Date('2026-11-29T16:00:00Z');
      const first = (await runDueJobs(host.app, at, { all: true })).find((r) => r.name === 'jobs-expire-postings');
      expect(first?.changed).toBeGreaterThanOrEqual(1);
      const second = (await runDueJobs(host.app, at, { all: true })).find((r) => r.name === 'jobs-expire-postings');
      expect(second?.changed).toBe(0);
      host.clock.set(at);
      const mine = ok(await jobs('myPostings', {}, employer)).postings.find((p: any) => p.id === postingId);
      expect(mine.status).toBe('expired');
      expect(mine.timeline.at(-1)).toMatchObject({ from: 'published', status: 'expired', role: 'system', note: '有效期至11月29日（含），已到期' });
    });
    it('fills an expired posting when its employer hires the last place, and declines those still waiting', async () => {
      const postingId = await fx.published(employer, staff, { title: '过期后录用岗位', headcount: 1, validThrough: '2026-11-30' });
      const hiredOne = await fx.seeker('过期录用');
      const waiting = await fx.seeker('过期等待');
      const a = ok(await jobs('apply', { postingId, memberId: hiredOne.memberId }, hiredOne.token));
      ok(await jobs('apply', { postingId, memberId: waiting.memberId }, waiting.token));
      const at = new Date('2026-11-30T16:00:00Z'); // 00:00 on 12-01 in China
      await runDueJobs(host.app, at, { all: true });
      host.clock.set(at);
      expect(ok(await jobs('detail', { postingId })).status).toBe('expired');
      // Applications received before the end are still answered: the employer may hire.
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      tick();
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer));
      const mine = ok(await jobs('myPostings', {}, employer)).postings.find((p: any) => p.id === postingId);
      expect(mine).toMatchObject({ status: 'filled', applicantsByStatus: expect.objectContaining({ hired: 1, declined: 1 }) });
      expect(mine.timeline.at(-1)).toMatchObject({ from: 'expired', status: 'filled', role: 'employer' });
      expect(ok(await jobs('myApplications', {}, waiting.token)).applications[0]).toMatchObject({ status: 'declined', posting: { status: 'filled' } });
      expect((await jobMessages(waiting.token))[0].body).toBe('过期等待报名的「过期后录用岗位」已招满，本次未录用。');
    });
  });

  describe('applications', () => {
    it('applies once per posting and person, across members and accounts', async () => {
      const postingId = await fx.published(employer, staff);
      const first = await fx.seeker('张大勇');
      const samePerson = await fx.seeker('张大勇', first.idNumber);
      ok(await jobs('apply', { postingId, memberId: first.memberId }, first.token));
      const again = await jobs('apply', { postingId, memberId: first.memberId }, first.token);
      expect({ status: again.status, code: codeOf(again) }).toEqual({ status: 409, code: 'ALREADY_APPLIED' });
      expect(codeOf(await jobs('apply', { postingId, memberId: samePerson.memberId }, samePerson.token))).toBe('ALREADY_APPLIED');
      expect(codeOf(await jobs('apply', { postingId, memberId: first.memberId }, samePerson.token))).toBe('NOT_FOUND');
    });

    it('lets a seeker withdraw and apply again, with a message on each change', async () => {
      const postingId = await fx.published(employer, staff, { title: '撤回再报名岗位' });
      const s = await fx.seeker('李春花');
      const applied = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      expect(applied).toMatchObject({ status: 'applied', statusLabel: '已报名', canWithdraw: true });
      tick();
      const withdrawn = ok(await jobs('withdraw', { applicationId: applied.id }, s.token));
      expect(withdrawn).toMatchObject({ status: 'withdrawn', canWithdraw: false, contact: null });
      expect(codeOf(await jobs('withdraw', { applicationId: applied.id }, s.token))).toBe('ILLEGAL_TRANSITION');
      tick();
      const back = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      expect(back.id).toBe(applied.id);
      expect(back.timeline.map((t: any) => t.status)).toEqual(['applied', 'withdrawn', 'applied']);
      expect((await jobMessages(s.token)).map((m: any) => m.title)).toEqual(['报名成功', '报名已撤回', '报名成功']);
    });

    it('moves applied → contacted → hired for the posting’s employer, telling the seeker each time', async () => {
      const postingId = await fx.published(employer, staff, { title: '录用流程岗位', headcount: 3 });
      const s = await fx.seeker('赵铁柱', undefined, '13712345678');
      const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      expect(codeOf(await jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer))).toBe('ILLEGAL_TRANSITION');
      tick();
      const contacted = ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      expect(contacted).toMatchObject({ status: 'contacted', allowedMoves: ['hired', 'declined'], phone: '13712345678' });
      tick();
      const hired = ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer));
      expect(hired).toMatchObject({ status: 'hired', statusLabel: '已录用', allowedMoves: [] });
      expect(hired.timeline.map((t: any) => [t.status, t.role])).toEqual([
        ['applied', 'resident'],
        ['contacted', 'employer'],
        ['hired', 'employer'],
      ]);
      expect(codeOf(await jobs('withdraw', { applicationId: a.id }, s.token))).toBe('ILLEGAL_TRANSITION');
      const messages = await jobMessages(s.token);
      expect(messages.map((m: any) => m.title)).toEqual(['已被录用', '用工单位已联系', '报名成功']);
      expect(messages[0].body).toBe('赵铁柱已被「录用流程岗位」录用，请按与用工单位约定的时间地点到岗。');
      expect(JSON.stringify(messages)).not.toContain('13904349876');
      const card = ok(await jobs('detail', { postingId }));
      expect(card).toMatchObject({ headcount: 3, headcountLeft: 2 });
      const mine = ok(await jobs('myApplications', {}, s.token)).applications;
      expect(mine[0]).toMatchObject({ status: 'hired', contact: { phone: '13904349876' }, posting: { id: postingId, status: 'published' } });
    });

    it('shows applicants with their 求职登记: the phone in full to the posting’s employer, masked to the station, NOT_FOUND to another employer', async () => {
      const postingId = await fx.published(employer, staff, { title: '看报名人岗位' });
      const s = await fx.seeker('孙秀兰', undefined, '13698765432');
      ok(await jobs('register', { memberId: s.memberId, skills: ['保洁', '做饭'], categories: ['cleaning', 'catering'], availability: '工作日白天', area: '伊通镇天馨花园' }, s.token));
      const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      const mine = ok(await jobs('applicants', { postingId }, employer)).applications;
      expect(mine).toEqual([
        expect.objectContaining({ id: a.id, memberName: '孙秀兰', age: expect.any(Number), phone: '13698765432', phoneMasked: '136****5432', registration: expect.objectContaining({ skills: ['保洁', '做饭'], categoryLabels: ['保洁', '餐饮'], area: '伊通镇天馨花园' }) }),
      ]);
      expect(ok(await jobs('applicants', { postingId }, staff)).applications[0].phone).toBe('136****5432');
      const other = await fx.employerAccount('other-b', 'emp-xinyuan');
      for (const r of [await jobs('applicants', { postingId }, other), await jobs('setApplicationStatus', { applicationId: a.id, status: 'declined' }, other), await jobs('closePosting', { postingId, status: 'withdrawn' }, other)]) {
        expect({ status: r.status, code: codeOf(r) }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      expect(codeOf(await jobs('applicants', { postingId }, s.token))).toBe('FORBIDDEN');
    });

    it('declines everyone still waiting when the employer closes the posting', async () => {
      const postingId = await fx.published(employer, staff, { title: '撤回岗位' });
      const s = await fx.seeker('钱多多');
      ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      tick();
      const closed = ok(await jobs('closePosting', { postingId, status: 'withdrawn' }, employer));
      expect(closed).toMatchObject({ status: 'withdrawn', closeOptions: [], applicantsByStatus: expect.objectContaining({ declined: 1 }) });
      expect(ok(await jobs('myApplications', {}, s.token)).applications[0]).toMatchObject({ status: 'declined', contact: null, posting: { status: 'withdrawn' } });
      expect((await jobMessages(s.token))[0].body).toBe('钱多多报名的「撤回岗位」已被用工单位撤回，本次未录用。');
      expect(codeOf(await jobs('closePosting', { postingId, status: 'filled' }, employer))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await jobs('apply', { postingId, memberId: residentSelf }, resident))).toBe('POSTING_CLOSED');
    });
  });

  describe('求职登记', () => {
    it('keeps one registration per member, replaced on each save, for the account’s own members only', async () => {
      const s = await fx.seeker('周建华');
      ok(await jobs('register', { memberId: s.memberId, skills: ['电焊'], categories: ['construction'], availability: '随时可上岗', area: '伊通镇' }, s.token));
      const saved = ok(await jobs('register', { memberId: s.memberId, skills: ['电焊', '瓦工', '电焊'], categories: ['construction', 'loading'], availability: '周末', area: '营城子镇' }, s.token));
      expect(saved).toMatchObject({ memberName: '周建华', skills: ['电焊', '瓦工'], categories: ['construction', 'loading'], categoryLabels: ['建筑', '搬运装卸'], availability: '周末', area: '营城子镇' });
      expect(ok(await jobs('profile', {}, s.token)).registrations).toHaveLength(1);
      expect(codeOf(await jobs('register', { memberId: residentSelf, skills: [], categories: [], availability: '随时', area: '伊通镇' }, s.token))).toBe('NOT_FOUND');
    });
  });

  describe('classes and fairs', () => {
    it('lists upcoming classes and fairs with seats left; staff publish more', async () => {
      const fairs = ok(await jobs('events', { kind: 'fair' })).events;
      expect(fairs.length).toBeGreaterThan(0);
      expect(fairs.every((e: any) => e.kind === 'fair' && e.kindLabel === '招聘会')).toBe(true);
      const published = ok(await jobs('publishEvent', { kind: 'training', title: '电工培训班', startsAt: '2026-12-10T00:30:00Z', endsAt: '2026-12-20T08:30:00Z', place: '县职业技能培训中心', seats: 25 }, staff));
      expect(published).toMatchObject({ kind: 'training', kindLabel: '培训班', seats: 25, remaining: 25, enrollable: true, whenText: '12月10日 周四 08:30' });
      expect(codeOf(await jobs('publishEvent', { kind: 'fair', title: 'x', startsAt: '2026-12-10T00:30:00Z', place: 'y', seats: 5 }, resident))).toBe('FORBIDDEN');
      expect(codeOf(await jobs('publishEvent', { kind: 'fair', title: '过去的招聘会', startsAt: '2026-11-01T00:30:00Z', place: 'y', seats: 5 }, staff))).toBe('VALIDATION_FAILED');
    });

    it('enrols once per person, gives the seat back on cancelling, and refuses after the start', async () => {
      const event = ok(await jobs('publishEvent', { kind: 'training', title: '育婴员加开班', startsAt: '2026-12-05T00:30:00Z', place: '培训室', seats: 5 }, staff));
      const s = await fx.seeker('吴桂芝');
      const samePerson = await fx.seeker('吴桂芝', s.idNumber);
      const enrolled = ok(await jobs('enroll', { eventId: event.id, memberId: s.memberId }, s.token));
      expect(enrolled).toMatchObject({ status: 'enrolled', event: { remaining: 4, started: false } });
      expect(codeOf(await jobs('enroll', { eventId: event.id, memberId: samePerson.memberId }, samePerson.token))).toBe('ALREADY_ENROLLED');
      const listed = ok(await jobs('events', { kind: 'training' }, s.token)).events.find((e: any) => e.id === event.id);
      expect(listed.myEnrollments).toEqual([{ enrollmentId: enrolled.enrollmentId, memberId: s.memberId, memberName: '吴桂芝' }]);
      ok(await jobs('cancelEnrollment', { enrollmentId: enrolled.enrollmentId }, s.token));
      expect(codeOf(await jobs('cancelEnrollment', { enrollmentId: enrolled.enrollmentId }, s.token))).toBe('NOT_FOUND');
      const other = ok(await jobs('enroll', { eventId: event.id, memberId: samePerson.memberId }, samePerson.token));
      expect(other.event.remaining).toBe(4);
      host.clock.set('2026-12-05T00:30:00Z');
      expect(codeOf(await jobs('enroll', { eventId: event.id, memberId: s.memberId }, s.token))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await jobs('cancelEnrollment', { enrollmentId: other.enrollmentId }, samePerson.token))).toBe('ILLEGAL_TRANSITION');
    });

    it('reminds each enrolled person once, within the reminder window before the start', async () => {
      const event = ok(await jobs('publishEvent', { kind: 'fair', title: '提醒测试招聘会', startsAt: '2026-12-03T01:00:00Z', place: '文化广场', seats: 50 }, staff));
      const s = await fx.seeker('郑红梅');
      ok(await jobs('enroll', { eventId: event.id, memberId: s.memberId }, s.token));
      const reminders = async (at: string) => (await runDueJobs(host.app, new Date(at), { all: true })).find((r) => r.name === 'jobs-event-reminders')!.changed;
      expect(await reminders('2026-12-02T00:59:00Z')).toBe(0); // 24 h and a minute before
      expect(await reminders('2026-12-02T01:00:00Z')).toBeGreaterThanOrEqual(1);
      expect(await reminders('2026-12-02T09:00:00Z')).toBe(0);
      const messages = await jobMessages(s.token);
      expect(messages[0]).toMatchObject({ title: '招聘会提醒', body: '郑红梅报名的「提醒测试招聘会」将于12月3日 周四 09:00开始，地点：文化广场。' });
    });
  });

  describe('importing the provincial platform’s CSV', () => {
    const header = 'title,employer,category,type,pay_yuan,pay_unit,same_day_pay,place,lat,lng,headcount,valid_through,contact_phone,requirements';
    const csv = [
      header,
      '导入保洁工甲,伊通县安心家政服务有限公司,保洁,零工,150,天,是,伊通镇锦绣花园,43.3437,125.2991,2,2026-12-15,13904341111,身体健康',
      '导入装卸工乙,伊通县新来的物流公司,loading,gig,0.6,piece,1,"伊通火车站货场, 二号库",43.3391,125.2927,5,2026/12/10,0434-4229999,"能干重活, 不怕累"',
      '导入岗位丙,伊通县安心家政服务有限公司,保安,零工,一百,天,是,伊通镇,43.34,125.30,0,2026-11-01,110,',
      '导入岗位丁,伊通县速达快递服务部,delivery,gig,150,day,1,伊通镇,43.34,125.30,1,2026-12-10,13904341112,',
      '导入保洁工甲,伊通县安心家政服务有限公司,保洁,零工,150,天,是,伊通镇锦绣花园,43.3437,125.2991,2,2026-12-15,13904341111,身体健康',
    ].join('\r\n');

    it('imports the good lines, published, and refuses each bad line with its line number and why', async () => {
      const answer = ok(await jobs('importPostings', { csv }, staff));
      expect(answer).toMatchObject({ imported: 2, published: true, reviewNote: '导入的岗位已在省级公共就业服务平台审核，导入后直接发布' });
      expect(answer.refused).toEqual([
        {
          line: 4,
          errors: {
            category: expect.stringContaining('岗位类别应为'),
            pay_yuan: '薪酬应为金额（元），如 180 或 12.5',
            headcount: '招聘人数应为1至999的整数',
            valid_through: '有效期不能早于今天',
          },
          message: expect.stringMatching(/^第4行：岗位类别应为/),
        },
        { line: 5, errors: { employer: '伊通县速达快递服务部尚未通过驿站认证，不能发布岗位' }, message: '第5行：伊通县速达快递服务部尚未通过驿站认证，不能发布岗位' },
        { line: 6, errors: { title: '与已导入的岗位重复，未再导入' }, message: '第6行：与已导入的岗位重复，未再导入' },
      ]);
      const loader = (await search({ keyword: '导入装卸工乙' })).items[0];
      expect(loader).toMatchObject({ employerName: '伊通县新来的物流公司', place: '伊通火车站货场, 二号库', pay: 60, payUnit: 'piece', payText: '0.6元/件 · 日结', validThrough: '2026-12-10' });
      expect(ok(await jobs('detail', { postingId: loader.id })).requirements.note).toBe('能干重活, 不怕累');
      const employers = ok(await jobs('employers', {}, staff)).employers;
      expect(employers.find((e: any) => e.name === '伊通县新来的物流公司')).toMatchObject({ verified: true, postings: 1 });
      // The same file again adds nothing.
      const again = ok(await jobs('importPostings', { csv }, staff));
      expect(again.imported).toBe(0);
      expect(again.refused.map((r: any) => r.line)).toEqual([2, 3, 4, 5, 6]);
    });

    it('queues imported postings for review instead where the station chooses so (JOBS_IMPORT_PUBLISHES=0)', async () => {
      const reviewing = await startApiHost(engine, { now: NOW, env: { JOBS_IMPORT_PUBLISHES: '0' } });
      try {
        const answer = ok(await reviewing.call('jobs', 'importPostings', { csv }, { token: await reviewing.login('station-staff') }));
        expect(answer).toMatchObject({ imported: 2, published: false, reviewNote: '导入的岗位进入待审核，审核通过后发布' });
        expect(ok(await reviewing.call('jobs', 'search', { keyword: '导入保洁工甲' })).items).toEqual([]);
        const queue = ok(await reviewing.call('jobs', 'reviewQueue', {}, { token: await reviewing.login('station-staff') })).postings;
        expect(queue.filter((p: any) => p.source === 'import')).toHaveLength(2);
      } finally {
        await reviewing.close();
      }
    });

    it('refuses a file without the platform’s columns as a whole', async () => {
      const r = await jobs('importPostings', { csv: 'title,employer\n保洁,某公司' }, staff);
      expect(r.status).toBe(400);
      expect(r.body.ok === false && r.body.error.fields?.csv).toMatch(/^表头缺少category、type/);
      expect(codeOf(await jobs('importPostings', { csv }, employer))).toBe('FORBIDDEN');
    });
  });

  describe('figures', () => {
    it('counts postings published, applications, hires, trainees and events for station staff and officials', async () => {
      const range = { from: '2026-11-29', to: '2026-12-31' };
      const before = ok(await jobs('stats', range, official));
      const postingId = await fx.published(employer, staff, { title: '统计岗位', category: 'farming', headcount: 1 });
      const s = await fx.seeker('冯玉兰');
      const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer));
      const training = ok(await jobs('publishEvent', { kind: 'training', title: '统计培训班', startsAt: '2026-12-08T00:30:00Z', place: '培训室', seats: 10 }, staff));
      ok(await jobs('enroll', { eventId: training.id, memberId: s.memberId }, s.token));
      const after = ok(await jobs('stats', range, official));
      expect({ published: after.published - before.published, applications: after.applications - before.applications, hires: after.hires - before.hires, trainees: after.trainees - before.trainees, classes: after.classes - before.classes }).toEqual({
        published: 1,
        applications: 1,
        hires: 1,
        trainees: 1,
        classes: 1,
      });
      expect(after.byCategory.find((c: any) => c.category === 'farming')).toMatchObject({ categoryLabel: '农业', hires: expect.any(Number) });
      expect(ok(await jobs('stats', range, staff)).hires).toBe(after.hires);
      expect(ok(await jobs('detail', { postingId })).status).toBe('filled');
      expect(codeOf(await jobs('stats', range, resident))).toBe('FORBIDDEN');
      expect(codeOf(await jobs('stats', { from: '2026-12-31', to: '2026-12-01' }, official))).toBe('VALIDATION_FAILED');
    });
  });

  describe('the station', () => {
    it('says what the station offers, where, when, and the county’s reported figures', async () => {
      const station = ok(await jobs('station', {}));
      expect(station).toMatchObject({
        name: '伊通县零工驿站',
        openedOn: '2023-09-01',
        services: ['求职登记', '信息发布', '能力提升', '政策咨询'],
        amenities: expect.arrayContaining(['免费热饭', '饮水', '手机充电', '免费Wi-Fi', '休息座椅']),
        hours: expect.stringContaining('5:30'),
        reported: expect.objectContaining({ positions: 2592, classes: 64, trainees: 2672, caregivers: 346 }),
      });
      expect(station.vocabulary.categories).toHaveLength(11);
      expect(station.searchAreas[0]).toEqual({ name: '伊通镇（县城）', lat: 43.3452, lng: 125.3068, kind: 'town' });
    });

    it('offers the townships and the town’s communities as places to search around, and finds postings near one', async () => {
      const station = ok(await jobs('station', {}));
      const names = (kind: string) => station.searchAreas.filter((a: { kind: string }) => a.kind === kind).map((a: { name: string }) => a.name);
      expect(names('town')).toEqual(expect.arrayContaining(['伊通镇（县城）', '营城子镇', '靠山镇']));
      expect(names('community')).toEqual(expect.arrayContaining(['长青小区', '天馨花园', '宝捷精品', '育才小区']));
      const changqing = station.searchAreas.find((a: { name: string }) => a.name === '长青小区');
      const near = ok(await jobs('search', { lat: changqing.lat, lng: changqing.lng, radiusKm: 1, sort: 'nearest' }));
      expect(near.items.length).toBeGreaterThan(0);
      expect(near.items.every((c: { distanceKm: number }) => c.distanceKm <= 1)).toBe(true);
    });
  });

  describe('junk from employers and station staff', () => {
    const JUNK: unknown[] = [
      { postingId: null },
      { postingId: { $ne: '' } },
      { applicationId: "x' OR '1'='1" },
      { postingId: 'a'.repeat(5000) },
      { csv: 42 },
      { csv: '' },
      { title: '\u0000\u202e', pay: -1, lat: 500, validThrough: '2026-02-30' },
      { status: 'hired', applicationId: 'app_x', extra: 1 },
      { kind: 'party', seats: 1e9, startsAt: 'tomorrow' },
      { from: '0000-00-00', to: '9999-99-99' },
      { approve: 'yes', postingId: 'job_x' },
      { constructor: { prototype: { polluted: true } } },
    ];
    const READS = new Set(['search', 'events', 'station', 'profile', 'myApplications', 'myPostings', 'reviewQueue', 'employers']);

    it('answers every junk input to every action with a Chinese 4xx and changes nothing', async () => {
      const tables = ['employers', 'job_postings', 'job_applications', 'job_seekers', 'job_events', 'job_event_enrollments', 'status_events', 'messages'] as const;
      const snapshot = () => Promise.all(tables.map(async (t) => Number((await host.app.db.selectFrom(t).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n)));
      const before = await snapshot();
      for (const action of Object.keys(host.app.functions.jobs)) {
        for (const token of [employer, staff]) {
          for (const data of [...JUNK, ...(READS.has(action) ? [] : [{}])]) {
            const r = await jobs(action, data, token);
            if (r.status >= 500 || r.status === 200) throw new Error(`jobs.${action} answered ${r.status} to ${JSON.stringify(data).slice(0, 80)}`);
            expect(r.body.ok === false && /[\u4e00-\u9fa5]/.test(r.body.error.message)).toBe(true);
          }
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
