import { ensureClinicSchedules, segmentId } from '../../server/features/clinic/demo-schedules';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { codeOf, freshIdNumber, newResident, ok } from '../support/fixtures';

jest.setTimeout(180_000);

/** Rules about a person count the person (a keyed hash of the ID number), not a member row or an account (issue 6). */
const OLD = 'c-first-old';
const seg = (department: string, date: string, n = 1) => segmentId(`${OLD}-${department}`, date, n);

describe.each(availableEngines())('rules that belong to the person, on %s', (engine) => {
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

  const clinic = (action: string, data: unknown, token: string) => host.call('clinic', action, data, { token });

  it('lets one anchor give one free revisit per department and day, and one more only on its own day', async () => {
    const p = await newResident(host, `person-revisits-${engine}`);
    const book = (date: string, n: number, revisitOf?: string) => clinic('book', { memberId: p.memberId, slotId: seg('cardiology', date, n), ...(revisitOf ? { revisitOf } : {}) }, p.token);
    const anchor = ok(await book('2026-11-30', 1));
    expect(codeOf(await book('2026-11-30', 2, anchor.id))).toBe('OK'); // back the same day with results
    expect(codeOf(await book('2026-11-30', 3, anchor.id))).toBe('DUPLICATE_REGISTRATION');
    expect(codeOf(await book('2026-12-01', 1, anchor.id))).toBe('OK');
    expect(codeOf(await book('2026-12-01', 2, anchor.id))).toBe('DUPLICATE_REGISTRATION');
    expect(codeOf(await book('2026-12-02', 1, anchor.id))).toBe('OK');
    expect(codeOf(await book('2026-12-02', 2, anchor.id))).toBe('DUPLICATE_REGISTRATION');
    const waived = await host.app.db.selectFrom('registrations').select('id').where('anchor_id', '=', anchor.id).where('waived', '=', 1).execute();
    expect(waived).toHaveLength(3);
  });

  it('keeps a suspension after the member is removed and added again, and in a second account', async () => {
    const idNumber = freshIdNumber(1961);
    const p = await newResident(host, `person-suspended-${engine}`, { idNumber });
    const regs = [];
    for (const date of ['2026-11-30', '2026-12-01', '2026-12-02']) regs.push(ok(await clinic('book', { memberId: p.memberId, slotId: seg('dermatology', date) }, p.token)));
    host.clock.set('2026-12-02T12:00:00Z'); // 20:00 on 12-02: every segment has ended
    for (const reg of regs) ok(await clinic('markVisit', { registrationId: reg.id, status: 'noshow' }, admin));
    await ensureClinicSchedules(host.app.db, '2026-12-03', 10, host.clock.now());
    const token = await host.loginFresh(`person-suspended-${engine}`);
    expect(codeOf(await clinic('book', { memberId: p.memberId, slotId: seg('dermatology', '2026-12-05') }, token))).toBe('BOOKING_SUSPENDED');

    ok(await host.call('account', 'removeMember', { memberId: p.memberId }, { token }));
    const readded = ok(await host.call('account', 'addMember', { name: '测试居民', idNumber, phone: '13800000000', relation: 'self' }, { token }));
    expect(codeOf(await clinic('book', { memberId: readded.id, slotId: seg('dermatology', '2026-12-05') }, token))).toBe('BOOKING_SUSPENDED');

    const other = await newResident(host, `person-suspended-other-${engine}`, { idNumber, relation: 'mother' });
    expect(codeOf(await clinic('book', { memberId: other.memberId, slotId: seg('dermatology', '2026-12-05') }, other.token))).toBe('BOOKING_SUSPENDED');
  });

  it('refuses the same person the same department and day from a second account', async () => {
    const idNumber = freshIdNumber(1948);
    const son = await newResident(host, `person-dup-son-${engine}`, { idNumber, relation: 'mother' });
    const daughter = await newResident(host, `person-dup-daughter-${engine}`, { idNumber, relation: 'mother' });
    expect(codeOf(await clinic('book', { memberId: son.memberId, slotId: seg('neurology', '2026-12-03', 1) }, son.token))).toBe('OK');
    expect(codeOf(await clinic('book', { memberId: daughter.memberId, slotId: seg('neurology', '2026-12-03', 2) }, daughter.token))).toBe('DUPLICATE_REGISTRATION');
    const racing = await Promise.all([
      clinic('book', { memberId: son.memberId, slotId: seg('orthopedics', '2026-12-03', 1) }, son.token),
      clinic('book', { memberId: daughter.memberId, slotId: seg('orthopedics', '2026-12-03', 2) }, daughter.token),
    ]);
    expect(racing.map(codeOf).sort()).toEqual(['DUPLICATE_REGISTRATION', 'OK']);
  });

  it('fixes the ID number of a member with a registration, and still lets the name and phone change', async () => {
    const p = await newResident(host, `person-locked-${engine}`);
    ok(await clinic('book', { memberId: p.memberId, slotId: seg('internal', '2026-12-04') }, p.token));
    const changed = await host.call('account', 'updateMember', { memberId: p.memberId, idNumber: freshIdNumber(1970) }, { token: p.token });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ ok: false, error: { code: 'ID_NUMBER_LOCKED', fields: { idNumber: expect.stringContaining('不能修改') } } });
    const renamed = ok(await host.call('account', 'updateMember', { memberId: p.memberId, name: '改名居民', phone: '13900001111' }, { token: p.token }));
    expect(renamed).toMatchObject({ name: '改名居民', phoneMasked: '139****1111', idNumberLocked: true });
    const members = ok(await host.call('account', 'members', {}, { token: p.token }));
    expect(members.members[0].idNumberLocked).toBe(true);
  });

  it('lets a member without history correct a mistyped ID number', async () => {
    const p = await newResident(host, `person-unlocked-${engine}`);
    const corrected = ok(await host.call('account', 'updateMember', { memberId: p.memberId, idNumber: freshIdNumber(1972) }, { token: p.token }));
    expect(corrected.idNumberLocked).toBe(false);
  });
});
