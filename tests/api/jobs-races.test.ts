import { expirePostings } from '../../server/features/gig-jobs/scheduled-jobs';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost, type ApiResult } from '../support/api-host';
import { codeOf, jobsFixtures, ok } from '../support/jobs-fixtures';

jest.setTimeout(180_000);

/** Names for the i-th test person (member names take Chinese or letters only). */
const nth = (i: number) => '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i % 20];

/** Rounds of the rename race: it needs a posting to read the old name just before the rename locks the row. */
const RENAME_ROUNDS = 40;

/** How many answers of each code a burst got. */
const tally = (results: ApiResult[]) => results.reduce<Record<string, number>>((t, r) => ({ ...t, [codeOf(r)]: (t[codeOf(r)] ?? 0) + 1 }), {});

describe.each(availableEngines())('the gig station under concurrency on %s', (engine) => {
  let host: ApiHost;
  let fx: ReturnType<typeof jobsFixtures>;
  let employer: string;
  let staff: string;

  beforeAll(async () => {
    host = await startApiHost(engine, { now: '2026-11-29T02:00:00Z', env: { RATE_LIMIT_MUTATIONS: '0' } });
    fx = jobsFixtures(host, `race-${engine}`);
    employer = await host.login('employer');
    staff = await host.login('station-staff');
  });
  afterAll(async () => {
    await host?.close();
  });

  const jobs = (action: string, data: unknown, token?: string) => fx.jobs(action, data, token);

  /** The posting's hire counter agrees with its hired applications and never passes headcount. */
  async function assertHiresConsistent(postingId: string) {
    const posting = await host.app.db.selectFrom('job_postings').select(['hired', 'headcount', 'status']).where('id', '=', postingId).executeTakeFirstOrThrow();
    const hired = await host.app.db.selectFrom('job_applications').select('id').where('posting_id', '=', postingId).where('status', '=', 'hired').execute();
    expect(posting.hired).toBe(hired.length);
    expect(posting.hired).toBeLessThanOrEqual(posting.headcount);
    return posting;
  }

  it('takes one application per person when the same person applies from three accounts at once', async () => {
    const postingId = await fx.published(employer, staff, { title: '并发报名岗位' });
    const first = await fx.seeker('并发甲');
    const accounts = [first, await fx.seeker('并发甲', first.idNumber), await fx.seeker('并发甲', first.idNumber)];
    const results = await Promise.all(accounts.flatMap((a) => Array.from({ length: 5 }, () => jobs('apply', { postingId, memberId: a.memberId }, a.token))));
    expect(tally(results)).toEqual({ OK: 1, ALREADY_APPLIED: 14 });
    const rows = await host.app.db.selectFrom('job_applications').select('id').where('posting_id', '=', postingId).execute();
    expect(rows).toHaveLength(1);
  });

  it('brings a withdrawn application back once when the seeker applies again many times at once', async () => {
    const postingId = await fx.published(employer, staff);
    const s = await fx.seeker('并发乙');
    const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
    ok(await jobs('withdraw', { applicationId: a.id }, s.token));
    const results = await Promise.all(Array.from({ length: 10 }, () => jobs('apply', { postingId, memberId: s.memberId }, s.token)));
    expect(tally(results)).toEqual({ OK: 1, ALREADY_APPLIED: 9 });
    const withdraws = await Promise.all(Array.from({ length: 10 }, () => jobs('withdraw', { applicationId: a.id }, s.token)));
    expect(tally(withdraws)).toEqual({ OK: 1, ILLEGAL_TRANSITION: 9 });
  });

  it('never hires beyond headcount: ten hires at once for three places fill the posting with exactly three', async () => {
    const postingId = await fx.published(employer, staff, { title: '并发录用岗位', headcount: 3 });
    const applications: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const s = await fx.seeker(`应聘者${nth(i)}`);
      const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      applications.push(a.id);
    }
    const results = await Promise.all(applications.map((applicationId) => jobs('setApplicationStatus', { applicationId, status: 'hired' }, employer)));
    expect(tally(results)).toEqual({ OK: 3, POSTING_CLOSED: 7 });
    const posting = await assertHiresConsistent(postingId);
    expect(posting).toEqual({ hired: 3, headcount: 3, status: 'filled' });
    const statuses = await host.app.db.selectFrom('job_applications').select('status').where('posting_id', '=', postingId).execute();
    expect(statuses.map((s) => s.status).sort()).toEqual([...Array(7).fill('declined'), ...Array(3).fill('hired')]);
  });

  it('keeps hires and the posting consistent when the employer closes it while hiring', async () => {
    for (let round = 0; round < 5; round += 1) {
      const postingId = await fx.published(employer, staff, { headcount: 2 });
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const s = await fx.seeker(`关闭竞争${nth(round)}${nth(i)}`);
        const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
        ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
        ids.push(a.id);
      }
      const results = await Promise.all([
        ...ids.map((applicationId) => jobs('setApplicationStatus', { applicationId, status: 'hired' }, employer)),
        jobs('closePosting', { postingId, status: 'withdrawn' }, employer),
      ]);
      expect(results.every((r) => ['OK', 'POSTING_CLOSED', 'ILLEGAL_TRANSITION'].includes(codeOf(r)))).toBe(true);
      const posting = await assertHiresConsistent(postingId);
      const open = await host.app.db.selectFrom('job_applications').select('id').where('posting_id', '=', postingId).where('status', 'in', ['applied', 'contacted']).execute();
      // Whichever won, nobody is left waiting on a closed posting.
      if (posting.status !== 'published') expect(open).toEqual([]);
    }
  });

  it('lets exactly one of a seeker’s withdrawal and the employer’s hire win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const postingId = await fx.published(employer, staff, { headcount: 5 });
      const s = await fx.seeker(`撤回竞争${nth(round)}`);
      const a = ok(await jobs('apply', { postingId, memberId: s.memberId }, s.token));
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      const [hire, withdraw] = await Promise.all([jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer), jobs('withdraw', { applicationId: a.id }, s.token)]);
      expect([codeOf(hire), codeOf(withdraw)].filter((c) => c === 'OK')).toHaveLength(1);
      await assertHiresConsistent(postingId);
    }
  });

  it('seats exactly as many as a class has: twelve people at once for three seats', async () => {
    const event = ok(await jobs('publishEvent', { kind: 'training', title: '并发报名培训班', startsAt: '2026-12-05T00:30:00Z', place: '培训室', seats: 3 }, staff));
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => fx.seeker(`学员${nth(i)}`)));
    const results = await Promise.all(people.map((p) => jobs('enroll', { eventId: event.id, memberId: p.memberId }, p.token)));
    expect(tally(results)).toEqual({ OK: 3, EVENT_FULL: 9 });
    const row = await host.app.db.selectFrom('job_events').select(['taken', 'seats']).where('id', '=', event.id).executeTakeFirstOrThrow();
    const enrolled = await host.app.db.selectFrom('job_event_enrollments').select('id').where('event_id', '=', event.id).where('status', '=', 'enrolled').execute();
    expect({ taken: row.taken, enrolled: enrolled.length }).toEqual({ taken: 3, enrolled: 3 });
  });

  it('enrols one person once from several accounts at once, and gives the seat back exactly once', async () => {
    const event = ok(await jobs('publishEvent', { kind: 'fair', title: '并发招聘会', startsAt: '2026-12-06T01:00:00Z', place: '文化广场', seats: 10 }, staff));
    const first = await fx.seeker('并发丙');
    const accounts = [first, await fx.seeker('并发丙', first.idNumber), await fx.seeker('并发丙', first.idNumber)];
    const results = await Promise.all(accounts.flatMap((a) => Array.from({ length: 4 }, () => jobs('enroll', { eventId: event.id, memberId: a.memberId }, a.token))));
    expect(tally(results)).toEqual({ OK: 1, ALREADY_ENROLLED: 11 });
    const winner = results.find((r) => r.body.ok)!;
    const owner = accounts.find((a) => a.memberId === ok(winner).memberId)!;
    const cancels = await Promise.all(Array.from({ length: 8 }, () => jobs('cancelEnrollment', { enrollmentId: ok(winner).enrollmentId }, owner.token)));
    expect(tally(cancels)).toEqual({ OK: 1, NOT_FOUND: 7 });
    const row = await host.app.db.selectFrom('job_events').select('taken').where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(row.taken).toBe(0);
  });

  it(`keeps an employer’s current name in the search text of postings created while it is renamed (${RENAME_ROUNDS} rounds of eight postings and a rename)`, async () => {
    const first = ok(await jobs('createPosting', fx.postingFields({ title: '改名竞争岗位' }), employer));
    const employerId = (await host.app.db.selectFrom('job_postings').select('employer_id').where('id', '=', first.id).executeTakeFirstOrThrow()).employer_id;
    const original = ok(await jobs('employers', {}, staff)).employers.find((e: any) => e.id === employerId);
    const save = (name: string) =>
      jobs('saveEmployer', { id: employerId, name, creditCode: original.creditCode, contactName: original.contactName, contactPhone: original.contactPhone, address: original.address, verified: true }, staff);
    try {
      for (let round = 0; round < RENAME_ROUNDS; round += 1) {
        const creating = Array.from({ length: 8 }, (_, i) => jobs('createPosting', fx.postingFields({ title: `改名竞争岗位${nth(round)}${nth(i)}` }), employer));
        const results = await Promise.all([save(`改名单位${nth(round)}`), ...creating]);
        expect(tally(results)).toEqual({ OK: 9 });
      }
      const postings = await host.app.db.selectFrom('job_postings').select(['id', 'search_text']).where('employer_id', '=', employerId).execute();
      expect(postings.filter((p) => !p.search_text.includes(`改名单位${nth(RENAME_ROUNDS - 1)}`))).toEqual([]);
    } finally {
      ok(await save(original.name));
    }
  });

  it('lets exactly one of two desks’ review decisions on one posting stand (10 rounds)', async () => {
    for (let round = 0; round < 10; round += 1) {
      const created = ok(await jobs('createPosting', fx.postingFields({ title: `双审竞争岗位${nth(round)}` }), employer));
      const [approved, rejected] = await Promise.all([jobs('review', { postingId: created.id, approve: true }, staff), jobs('review', { postingId: created.id, approve: false, reason: '信息不全' }, staff)]);
      expect([codeOf(approved), codeOf(rejected)].sort()).toEqual(['ILLEGAL_TRANSITION', 'OK']);
      const row = await host.app.db.selectFrom('job_postings').select(['status', 'rejection_reason']).where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(row).toEqual(codeOf(approved) === 'OK' ? { status: 'published', rejection_reason: null } : { status: 'rejected', rejection_reason: '信息不全' });
      const moves = await host.app.db.selectFrom('status_events').select('to_status').where('subject_id', '=', created.id).execute();
      expect(moves.map((m) => m.to_status).sort()).toEqual(['pending_review', row.status].sort());
    }
  });

  it('imports one CSV sent twice at once exactly once', async () => {
    const header = 'title,employer,category,type,pay_yuan,pay_unit,same_day_pay,place,lat,lng,headcount,valid_through,contact_phone,requirements';
    const csv = [header, ...Array.from({ length: 6 }, (_, i) => `并发导入岗位${nth(i)},伊通县并发导入服务公司,保洁,零工,150,天,是,伊通镇锦绣花园,43.3437,125.2991,2,2026-12-15,1390434111${i},身体健康`)].join('\r\n');
    const answers = await Promise.all([jobs('importPostings', { csv }, staff), jobs('importPostings', { csv }, staff)]);
    const imported = answers.map((a) => (a.body.ok ? a.body.data.imported : codeOf(a)));
    // Whichever ran second refuses every line as already imported (or, on PostgreSQL, is told to retry).
    expect(imported.filter((n) => n === 6)).toHaveLength(1);
    expect(imported.filter((n) => n !== 6).every((n) => n === 0 || n === 'CONFLICT')).toBe(true);
    const rows = await host.app.db.selectFrom('job_postings').select('title').where('title', 'like', '并发导入岗位%').execute();
    expect(rows).toHaveLength(6);
    const employers = await host.app.db.selectFrom('employers').select('id').where('name', '=', '伊通县并发导入服务公司').execute();
    expect(employers).toHaveLength(1);
  });

  it('fills a posting whose last place is hired while the expiry job runs, whichever goes first (10 rounds)', async () => {
    const at = new Date('2026-11-29T16:00:00Z'); // 00:00 on 11-30 in China: postings valid through 11-29 expire
    for (let round = 0; round < 10; round += 1) {
      const postingId = await fx.published(employer, staff, { title: `到期录用竞争${nth(round)}`, headcount: 1, validThrough: '2026-11-29' });
      const [hiredOne, waiting] = [await fx.seeker(`到期录用${nth(round)}`), await fx.seeker(`到期等待${nth(round)}`)];
      const a = ok(await jobs('apply', { postingId, memberId: hiredOne.memberId }, hiredOne.token));
      ok(await jobs('apply', { postingId, memberId: waiting.memberId }, waiting.token));
      ok(await jobs('setApplicationStatus', { applicationId: a.id, status: 'contacted' }, employer));
      host.clock.set(at);
      try {
        const [, hire] = await Promise.all([expirePostings(host.app, at), jobs('setApplicationStatus', { applicationId: a.id, status: 'hired' }, employer)]);
        expect(codeOf(hire)).toBe('OK');
      } finally {
        host.clock.set('2026-11-29T02:00:00Z');
      }
      const posting = await assertHiresConsistent(postingId);
      expect(posting.status).toBe('filled');
      const open = await host.app.db.selectFrom('job_applications').select('id').where('posting_id', '=', postingId).where('status', 'in', ['applied', 'contacted']).execute();
      expect(open).toEqual([]);
    }
  });
});
