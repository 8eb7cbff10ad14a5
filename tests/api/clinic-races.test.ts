import { sql } from 'kysely';
import { segmentId } from '../../server/features/clinic/demo-schedules';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { codeOf, newResident, ok } from '../support/fixtures';

jest.setTimeout(300_000);

/**
 * The races a careful attacker ran against 暖心就医 (issue 6), each repeated many times.
 * They matter on PostgreSQL, where transactions really run side by side; on SQLite the same
 * suite proves the answers stay right when writers queue.
 */
const OLD = 'c-first-old';
const DEPARTMENTS = ['cardiology', 'endocrinology', 'neurology', 'orthopedics', 'dermatology', 'internal', 'surgery', 'pediatrics', 'rehabilitation', 'obstetrics'];
const seg = (department: string, date: string, n = 1) => segmentId(`${OLD}-${department}`, date, n);

describe.each(availableEngines())('clinic races on %s', (engine) => {
  let host: ApiHost;
  let admin: string;

  beforeAll(async () => {
    host = await startApiHost(engine, { now: '2026-11-29T02:00:00Z' }); // 10:00 in China
    admin = await host.login('hospital-admin');
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set('2026-11-29T02:00:00Z'));

  const clinic = (action: string, data: unknown, token: string, requestId?: string) => host.call('clinic', action, data, { token, requestId });

  /** No free revisit may stand on a cancelled or missed anchor; every re-priced one is audited and announced. */
  async function assertNoFreeRevisitOnDeadAnchor() {
    const orphans = await host.app.db
      .selectFrom('registrations as r')
      .innerJoin('registrations as a', 'a.id', 'r.anchor_id')
      .select('r.id')
      .where('r.waived', '=', 1)
      .where('r.status', 'in', ['booked', 'arrived', 'fulfilled'])
      .where('a.status', 'in', ['cancelled', 'noshow'])
      .execute();
    expect(orphans).toEqual([]);
  }

  it('re-prices every free revisit booked while its anchor is being cancelled (30 rounds)', async () => {
    let revisitsKept = 0;
    for (let round = 0; round < 30; round += 1) {
      const p = await newResident(host, `race-cancel-${engine}-${round}`);
      const department = DEPARTMENTS[round % DEPARTMENTS.length];
      const anchor = ok(await clinic('book', { memberId: p.memberId, slotId: seg(department, '2026-11-30', 1 + (round % 3)) }, p.token));
      const [cancelled, revisit] = await Promise.all([
        clinic('cancel', { registrationId: anchor.id }, p.token),
        clinic('book', { memberId: p.memberId, slotId: seg(department, '2026-12-01', 1 + (round % 3)), revisitOf: anchor.id }, p.token),
      ]);
      expect(codeOf(cancelled)).toBe('OK');
      expect(['OK', 'REVISIT_NOT_ELIGIBLE']).toContain(codeOf(revisit));
      if (revisit.body.ok) {
        revisitsKept += 1;
        const row = await host.app.db.selectFrom('registrations').select(['fee', 'waived']).where('id', '=', revisit.body.data.id).executeTakeFirstOrThrow();
        expect(row).toEqual({ fee: 800, waived: 0 });
        const audit = await host.app.db.selectFrom('registration_audit').select('event').where('registration_id', '=', revisit.body.data.id).where('event', '=', 'reprice_anchor_cancelled').execute();
        expect(audit).toHaveLength(1);
      }
    }
    await assertNoFreeRevisitOnDeadAnchor();
    // Both orders happen: the point is that neither leaves a free revisit behind.
    expect(revisitsKept).toBeGreaterThanOrEqual(0);
  });

  it('re-prices every free revisit booked while the desk marks its anchor a no-show (20 rounds)', async () => {
    host.clock.set('2026-11-28T23:30:00Z'); // 07:30 in China: today's 08:00 segments can still be booked
    const anchors = [];
    for (let round = 0; round < 20; round += 1) {
      const p = await newResident(host, `race-noshow-${engine}-${round}`);
      const department = DEPARTMENTS[round % DEPARTMENTS.length];
      anchors.push({ ...p, department, anchor: ok(await clinic('book', { memberId: p.memberId, slotId: seg(department, '2026-11-29', 1) }, p.token)) });
    }
    host.clock.set('2026-11-29T02:00:00Z'); // 10:00: the 08:00–09:00 segment has ended
    for (const { token, memberId, department, anchor } of anchors) {
      const [marked, revisit] = await Promise.all([
        clinic('markVisit', { registrationId: anchor.id, status: 'noshow' }, admin),
        clinic('book', { memberId, slotId: seg(department, '2026-11-30', 2), revisitOf: anchor.id }, token),
      ]);
      expect(codeOf(marked)).toBe('OK');
      expect(['OK', 'REVISIT_NOT_ELIGIBLE']).toContain(codeOf(revisit));
    }
    await assertNoFreeRevisitOnDeadAnchor();
  });

  it('frees a 义诊 seat once when one sign-up is cancelled ten times at once, and seats one of ten racing re-sign-ups', async () => {
    const p = await newResident(host, `race-fc-${engine}`);
    const seats = async () => (await host.app.db.selectFrom('free_clinics').select(['seats', 'taken']).where('id', '=', 'fc-964-cardio').executeTakeFirstOrThrow()).taken;
    const signup = ok(await clinic('signUpFreeClinic', { freeClinicId: 'fc-964-cardio', memberId: p.memberId }, p.token));
    const takenBefore = await seats();
    const cancels = await Promise.all(Array.from({ length: 10 }, () => clinic('cancelFreeClinicSignup', { signupId: signup.signupId }, p.token)));
    expect(cancels.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(cancels.map(codeOf).filter((c) => c !== 'OK').every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(await seats()).toBe(takenBefore - 1);

    const again = await Promise.all(Array.from({ length: 10 }, () => clinic('signUpFreeClinic', { freeClinicId: 'fc-964-cardio', memberId: p.memberId }, p.token)));
    expect(again.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(again.map(codeOf).filter((c) => c !== 'OK').every((c) => c === 'DUPLICATE_REGISTRATION')).toBe(true);
    expect(await seats()).toBe(takenBefore);
  });

  it('keeps every free clinic’s taken seats equal to its active sign-ups, and never above its seats', async () => {
    const rows = await host.app.db
      .selectFrom('free_clinics as c')
      .select((eb) => ['c.id', 'c.seats', 'c.taken', eb.selectFrom('free_clinic_signups as s').select((e) => e.fn.countAll<string | number>().as('n')).whereRef('s.free_clinic_id', '=', 'c.id').where('s.status', '=', 'signed_up').as('active')])
      .execute();
    for (const row of rows) {
      expect(Number(row.active)).toBe(row.taken);
      expect(row.taken).toBeLessThanOrEqual(row.seats);
    }
  });

  it('answers ten simultaneous first sign-ups of one member with one seat and DUPLICATE_REGISTRATION, never a 500', async () => {
    const p = await newResident(host, `race-fc-first-${engine}`);
    const results = await Promise.all(Array.from({ length: 10 }, () => clinic('signUpFreeClinic', { freeClinicId: 'fc-964-family', memberId: p.memberId }, p.token)));
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(results.map(codeOf).filter((c) => c !== 'OK').every((c) => c === 'DUPLICATE_REGISTRATION')).toBe(true);
  });

  it('publishes one day’s schedule from two desks listing the same segments in opposite orders without a deadlock or a 500 (20 rounds)', async () => {
    const deadlocks = async () =>
      engine === 'postgres' ? Number((await sql<{ n: string }>`select deadlocks as n from pg_stat_database where datname = current_database()`.execute(host.app.db)).rows[0].n) : 0;
    const before = await deadlocks();
    const date = '2026-12-05';
    const department = `${OLD}-surgery`;
    const day = ok(await clinic('slots', { hospitalId: 'h-first', campusId: OLD, departmentId: department, date }, admin));
    const segments = day.slots.map((s: any) => ({ id: s.id, session: s.session, start: s.start, end: s.end, capacity: s.capacity, clinicType: s.clinicType, registrationFee: s.registrationFee, consultationFee: s.consultationFee }));
    for (let round = 0; round < 20; round += 1) {
      const bump = (list: typeof segments) => list.map((s: any) => ({ ...s, capacity: 10 + round }));
      const results = await Promise.all([
        clinic('publishSchedule', { hospitalId: 'h-first', campusId: OLD, departmentId: department, date, segments: bump(segments) }, admin),
        clinic('publishSchedule', { hospitalId: 'h-first', campusId: OLD, departmentId: department, date, segments: bump([...segments].reverse()) }, admin),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
    }
    expect(await deadlocks()).toBe(before);
    const after = await host.app.db.selectFrom('clinic_segments').select('id').where('department_id', '=', department).where('date', '=', date).execute();
    expect(after).toHaveLength(segments.length);
  });
});
