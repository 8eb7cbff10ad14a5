import { ensureClinicSchedules, segmentId } from '../../server/features/clinic/demo-schedules';
import { availableEngines } from '../support/engines';
import { checkDigitFor, startApiHost, type ApiHost } from '../support/api-host';

jest.setTimeout(120_000);

// Rules read business dates in Asia/Shanghai whatever the server's zone: run this suite far from it.
process.env.TZ = 'America/Los_Angeles';

const H = 'h-first';
const OLD = 'c-first-old';
const NEW = 'c-first-new';
const CARDIO = `${OLD}-cardiology`;
const ENDO = `${OLD}-endocrinology`;
const NEW_CARDIO = `${NEW}-cardiology`;
/** Segment n (1–6, see DAY_TEMPLATE) of a department on a date; 1 is 普通号 08:00–09:00, 4 is 专家号. */
const seg = (department: string, date: string, n = 1) => segmentId(department, date, n);

let idCounter = 0;
function freshIdNumber(): string {
  idCounter += 1;
  const first17 = `2203231950${String(100 + (idCounter % 12) + 1).slice(1)}${String(10 + (idCounter % 18)).padStart(2, '0')}${String(idCounter).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

describe.each(availableEngines())('clinic function on %s', (engine) => {
  let host: ApiHost;
  let resident: string;
  let mother: string;
  let self: string;
  let admin: string;

  beforeAll(async () => {
    host = await startApiHost(engine, { now: '2026-11-29T02:00:00Z' }); // 10:00 in China
    resident = await host.login('resident-1');
    admin = await host.login('hospital-admin');
    const members = await host.call('account', 'members', {}, { token: resident });
    if (!members.body.ok) throw new Error('members failed');
    mother = members.body.data.members.find((m: { relation: string }) => m.relation === 'mother').id;
    self = members.body.data.members.find((m: { relation: string }) => m.relation === 'self').id;
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(() => host.clock.set('2026-11-29T02:00:00Z'));

  const clinic = (action: string, data: unknown, token = resident, requestId?: string) => host.call('clinic', action, data, { token, requestId });
  const book = (data: { memberId: string; slotId: string; revisitOf?: string }, token = resident) => clinic('book', data, token);
  const ok = <T = any>(r: { body: { ok: boolean } & Record<string, any> }): T => {
    if (!r.body.ok) throw new Error(`expected ok, got ${JSON.stringify(r.body)}`);
    return r.body.data as T;
  };
  const codeOf = (r: { body: any }) => (r.body.ok ? 'OK' : r.body.error.code);

  /** A fresh resident account with one member (self). */
  async function newPatient(tag: string) {
    const token = await host.loginFresh(`clinic-${engine}-${tag}`);
    const member = ok(await host.call('account', 'addMember', { name: '测试患者', idNumber: freshIdNumber(), phone: '13800000000', relation: 'self', consent: true }, { token }));
    return { token, memberId: member.id as string };
  }

  describe('browsing', () => {
    it('lists both hospitals, their campuses and departments without login', async () => {
      const data = ok(await clinic('hospitals', {}, ''));
      expect(data.hospitals.map((h: any) => h.shortName)).toEqual(['县第一人民医院', '县民族医院']);
      expect(data.hospitals[0].campuses.map((c: any) => c.name)).toEqual(['老院区', '新院区']);
      expect(data.hospitals[0].campuses[0].departments.map((d: any) => d.name)).toContain('心血管内科');
    });

    it('offers today through seven days ahead after the 07:00 release, with places left per day', async () => {
      const data = ok(await clinic('days', { hospitalId: H, campusId: OLD, departmentId: CARDIO }, ''));
      expect(data.days.map((d: any) => d.date)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
      expect(data.days[1].remaining).toBe(51);
      // At 10:00 the 08:00–09:00 and 09:00–10:00 segments are over.
      expect(data.days[0].remaining).toBe(51 - 20);
    });

    it('holds the seventh day back until 07:00 China time', async () => {
      host.clock.set('2026-11-28T22:59:00Z'); // 06:59 on 11-29
      const before = ok(await clinic('days', { hospitalId: H, campusId: OLD, departmentId: CARDIO }, ''));
      expect(before.days.map((d: any) => d.date).at(-1)).toBe('2026-12-05');
      const slot = await book({ memberId: self, slotId: seg(CARDIO, '2026-12-06') });
      expect(codeOf(slot)).toBe('SLOT_NOT_BOOKABLE');
      host.clock.set('2026-11-28T23:00:00Z'); // 07:00
      const after = ok(await clinic('days', { hospitalId: H, campusId: OLD, departmentId: CARDIO }, ''));
      expect(after.days.map((d: any) => d.date).at(-1)).toBe('2026-12-06');
    });

    it('dates the booking window by the China date at 00:30 China time', async () => {
      host.clock.set('2026-11-29T16:30:00Z'); // 00:30 on 11-30 in China, 08:30 on 11-29 in Los Angeles
      const data = ok(await clinic('days', { hospitalId: H, campusId: OLD, departmentId: CARDIO }, ''));
      expect(data.days[0].date).toBe('2026-11-30');
    });

    it('shows 普通号 at 8.00 元 (1 + 7) and 专家号 at 15.00 元 with remaining places', async () => {
      const data = ok(await clinic('slots', { hospitalId: H, campusId: OLD, departmentId: CARDIO, date: '2026-11-30' }, ''));
      const normal = data.slots.find((s: any) => s.id === seg(CARDIO, '2026-11-30', 1));
      const expert = data.slots.find((s: any) => s.clinicType === 'expert');
      expect(normal).toMatchObject({ fee: 800, registrationFee: 100, consultationFee: 700, capacity: 10, remaining: 10, session: 'am', start: '08:00', end: '09:00', bookability: 'open' });
      expect(expert).toMatchObject({ fee: 1500, session: 'am' });
      expect(data.slots).toHaveLength(6);
    });

    it('answers NOT_FOUND for a department outside the named campus', async () => {
      const r = await clinic('slots', { hospitalId: H, campusId: NEW, departmentId: CARDIO, date: '2026-11-30' }, '');
      expect(r.status).toBe(404);
    });

    it.each([
      { data: { hospitalId: H, campusId: OLD, departmentId: CARDIO, date: '2026-13-01' }, field: 'date' },
      { data: { hospitalId: H, campusId: OLD, departmentId: CARDIO, date: '30/11/2026' }, field: 'date' },
      { data: { hospitalId: H, campusId: OLD, departmentId: 5, date: '2026-11-30' }, field: 'departmentId' },
    ])('refuses a malformed slots query ($field)', async ({ data, field }) => {
      const r = await clinic('slots', data, '');
      expect(r.status).toBe(400);
      expect(r.body.ok === false && r.body.error.fields?.[field]).toBeTruthy();
    });
  });

  describe('一次就诊只挂一次号', () => {
    it('charges the first visit and opens a window until the visit day + 2, with a notice', async () => {
      const first = ok(await book({ memberId: mother, slotId: seg(CARDIO, '2026-11-30') }));
      expect(first).toMatchObject({ status: 'booked', visitDate: '2026-11-30', fee: 800, waived: false, waivedAmount: 0, anchorId: null, freeRevisitUntil: '2026-12-02' });
      const messages = ok(await host.call('account', 'messages', {}, { token: resident }));
      expect(messages.messages[0]).toMatchObject({ kind: 'clinic_booked', title: '挂号成功' });
      expect(messages.messages[0].body).toContain('至12月2日（含），同一疾病复诊免挂号费、诊察费');
      expect(messages.messages[0].body).toContain('代玉贤');
    });

    it.each([
      { day: 'day 0 (same day, back with results)', date: '2026-11-30', n: 5, offered: true },
      { day: 'day 1', date: '2026-12-01', n: 1, offered: true },
      { day: 'day 2', date: '2026-12-02', n: 1, offered: true },
      { day: 'day 3', date: '2026-12-03', n: 1, offered: false },
    ])('offers the free revisit on $day: $offered', async ({ date, n, offered }) => {
      const quote = ok(await clinic('quote', { memberId: mother, slotId: seg(CARDIO, date, n) }));
      expect(quote.fee).toBe(800);
      expect(quote.revisitAnchors.map((a: any) => [a.visitDate, a.freeRevisitUntil])).toEqual(offered ? [['2026-11-30', '2026-12-02']] : []);
    });

    it.each([
      { case: 'another campus', member: () => 'mother', slot: seg(NEW_CARDIO, '2026-12-01') },
      { case: 'another department', member: () => 'mother', slot: seg(ENDO, '2026-12-01') },
      { case: 'another hospital', member: () => 'mother', slot: seg('c-ethnic-main-cardiology', '2026-12-01') },
      { case: 'another member', member: () => 'self', slot: seg(CARDIO, '2026-12-01') },
      { case: 'day 3', member: () => 'mother', slot: seg(CARDIO, '2026-12-03') },
    ])('refuses a revisit at $case with REVISIT_NOT_ELIGIBLE and charges nothing', async ({ member, slot }) => {
      const anchor = ok(await clinic('mine', {})).upcoming.find((r: any) => r.visitDate === '2026-11-30' && !r.waived);
      const before = await host.app.db.selectFrom('registrations').select('id').execute();
      const r = await book({ memberId: member() === 'mother' ? mother : self, slotId: slot, revisitOf: anchor.id });
      expect(r.status).toBe(409);
      expect(codeOf(r)).toBe('REVISIT_NOT_ELIGIBLE');
      expect(await host.app.db.selectFrom('registrations').select('id').execute()).toHaveLength(before.length);
    });

    it('books the declared revisit two days later at 0 元, recording the anchor and the waived amount', async () => {
      const anchor = ok(await clinic('mine', {})).upcoming.find((r: any) => r.visitDate === '2026-11-30' && !r.waived);
      const revisit = ok(await book({ memberId: mother, slotId: seg(CARDIO, '2026-12-02'), revisitOf: anchor.id }));
      expect(revisit).toMatchObject({ fee: 0, waived: true, waivedAmount: 800, anchorId: anchor.id, freeRevisitUntil: null, visitDate: '2026-12-02' });
    });

    it('never chains a window from a waived revisit', async () => {
      const mine = ok(await clinic('mine', {}));
      const revisit = mine.upcoming.find((r: any) => r.waived);
      const r = await book({ memberId: mother, slotId: seg(CARDIO, '2026-12-03'), revisitOf: revisit.id });
      expect(codeOf(r)).toBe('REVISIT_NOT_ELIGIBLE');
      const quote = ok(await clinic('quote', { memberId: mother, slotId: seg(CARDIO, '2026-12-04') }));
      expect(quote.revisitAnchors).toEqual([]);
    });

    it('re-prices the revisit to the full fee and tells the family when the anchor is cancelled', async () => {
      const mine = ok(await clinic('mine', {}));
      const anchor = mine.upcoming.find((r: any) => r.visitDate === '2026-11-30' && !r.waived);
      const cancelled = ok(await clinic('cancel', { registrationId: anchor.id }));
      expect(cancelled.status).toBe('cancelled');
      const after = ok(await clinic('mine', {}));
      const revisit = after.upcoming.find((r: any) => r.anchorId === anchor.id);
      expect(revisit).toMatchObject({ fee: 800, waived: false, waivedAmount: 0, anchorVisitDate: '2026-11-30' });
      const messages = ok(await host.call('account', 'messages', {}, { token: resident }));
      expect(messages.messages.map((m: any) => m.title)).toEqual(expect.arrayContaining(['复诊挂号已恢复收费', '挂号已取消']));
      const audit = await host.app.db.selectFrom('registration_audit').selectAll().where('registration_id', '=', revisit.id).where('event', '=', 'reprice_anchor_cancelled').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ from_fee: 0, to_fee: 800 });
      // The place of the cancelled visit is free again.
      const segment = await host.app.db.selectFrom('clinic_segments').select('booked').where('id', '=', seg(CARDIO, '2026-11-30')).executeTakeFirstOrThrow();
      expect(segment.booked).toBe(0);
    });

    it('allows one waived revisit per anchor when so configured', async () => {
      const limited = await startApiHost(engine, { env: { CLINIC_WAIVED_REVISITS_PER_ANCHOR: '1' } });
      try {
        const token = await limited.login('resident-2');
        const member = ok(await limited.call('account', 'members', {}, { token })).members[0].id;
        const anchor = ok(await limited.call('clinic', 'book', { memberId: member, slotId: seg(ENDO, '2026-11-30') }, { token }));
        ok(await limited.call('clinic', 'book', { memberId: member, slotId: seg(ENDO, '2026-12-01'), revisitOf: anchor.id }, { token }));
        const second = await limited.call('clinic', 'book', { memberId: member, slotId: seg(ENDO, '2026-12-02'), revisitOf: anchor.id }, { token });
        expect(codeOf(second)).toBe('REVISIT_NOT_ELIGIBLE');
      } finally {
        await limited.close();
      }
    });
  });

  describe('booking rules', () => {
    it('refuses a second registration for the same member, department and day', async () => {
      const p = await newPatient('dup');
      ok(await book({ memberId: p.memberId, slotId: seg(CARDIO, '2026-12-01', 1) }, p.token));
      const r = await book({ memberId: p.memberId, slotId: seg(CARDIO, '2026-12-01', 5) }, p.token);
      expect(r.status).toBe(409);
      expect(codeOf(r)).toBe('DUPLICATE_REGISTRATION');
    });

    it('books a same-day revisit (back with test results) at 0 元 though a second ordinary booking is refused', async () => {
      const p = await newPatient('sameday');
      const anchor = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-ultrasound`, '2026-12-01', 1) }, p.token));
      expect(codeOf(await book({ memberId: p.memberId, slotId: seg(`${OLD}-ultrasound`, '2026-12-01', 5) }, p.token))).toBe('DUPLICATE_REGISTRATION');
      const revisit = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-ultrasound`, '2026-12-01', 5), revisitOf: anchor.id }, p.token));
      expect(revisit).toMatchObject({ fee: 0, waived: true, anchorId: anchor.id });
    });

    it('refuses a fourth registration for one member on one day', async () => {
      const p = await newPatient('daily');
      for (const dep of ['cardiology', 'endocrinology', 'neurology']) ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-${dep}`, '2026-12-01') }, p.token));
      const r = await book({ memberId: p.memberId, slotId: seg(`${OLD}-orthopedics`, '2026-12-01') }, p.token);
      expect(codeOf(r)).toBe('DAILY_LIMIT');
    });

    it.each([
      { case: 'a segment that has ended today', slot: () => seg(CARDIO, '2026-11-29', 1) },
      { case: 'a day not yet released', slot: () => seg(CARDIO, '2026-12-06', 1), now: '2026-11-28T22:00:00Z' },
    ])('refuses $case with SLOT_NOT_BOOKABLE', async ({ slot, now }) => {
      if (now) host.clock.set(now);
      const p = await newPatient(`nb-${slot()}`);
      const r = await book({ memberId: p.memberId, slotId: slot() }, p.token);
      expect(codeOf(r)).toBe('SLOT_NOT_BOOKABLE');
    });

    it('refuses a segment the hospital has stopped (停诊) with SLOT_NOT_BOOKABLE', async () => {
      const slotId = seg(`${NEW}-imaging`, '2026-12-03', 2);
      await host.app.db.updateTable('clinic_segments').set({ status: 'closed' }).where('id', '=', slotId).execute();
      const p = await newPatient('closed');
      const r = await book({ memberId: p.memberId, slotId }, p.token);
      expect(codeOf(r)).toBe('SLOT_NOT_BOOKABLE');
      expect(r.body.ok === false && r.body.error.message).toBe('该时段已停诊');
    });

    it('asks for login before quoting, booking or listing registrations', async () => {
      for (const [action, data] of [
        ['quote', { memberId: mother, slotId: seg(CARDIO, '2026-12-04') }],
        ['book', { memberId: mother, slotId: seg(CARDIO, '2026-12-04') }],
        ['mine', {}],
      ] as const) {
        const r = await clinic(action, data, '');
        expect(r.status).toBe(401);
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
    });

    it('answers NOT_FOUND for a member of another account, the same as for a missing one', async () => {
      const p = await newPatient('foreign');
      const foreign = await book({ memberId: mother, slotId: seg(CARDIO, '2026-12-04') }, p.token);
      const missing = await book({ memberId: 'mem_missing', slotId: seg(CARDIO, '2026-12-04') }, p.token);
      expect(foreign).toEqual(missing);
      expect(foreign.status).toBe(404);
    });

    it("hides another account's registrations: cancel answers NOT_FOUND and mine does not list them", async () => {
      const p = await newPatient('snoop');
      const theirs = ok(await clinic('mine', {})).upcoming[0].id;
      const r = await clinic('cancel', { registrationId: theirs }, p.token);
      const missing = await clinic('cancel', { registrationId: 'reg_missing' }, p.token);
      expect(r).toEqual(missing);
      expect(JSON.stringify(ok(await clinic('mine', {}, p.token)))).not.toContain(theirs);
    });

    it('cancels free until 00:00 of the visit day and not after', async () => {
      const p = await newPatient('cancel');
      const reg = ok(await book({ memberId: p.memberId, slotId: seg(NEW_CARDIO, '2026-12-01') }, p.token));
      host.clock.set('2026-11-30T16:00:00Z'); // 00:00 on 12-01 in China
      const late = await clinic('cancel', { registrationId: reg.id }, p.token);
      expect(codeOf(late)).toBe('CANCEL_TOO_LATE');
      host.clock.set('2026-11-30T15:59:59Z');
      expect(ok(await clinic('cancel', { registrationId: reg.id }, p.token)).status).toBe('cancelled');
      const again = await clinic('cancel', { registrationId: reg.id }, p.token);
      expect(codeOf(again)).toBe('INVALID_TRANSITION');
    });

    it('returns the first answer to a retried booking and takes one place', async () => {
      const p = await newPatient('idem');
      const data = { memberId: p.memberId, slotId: seg(NEW_CARDIO, '2026-12-03', 2) };
      const first = await clinic('book', data, p.token, 'book-retry-0001');
      const retry = await clinic('book', data, p.token, 'book-retry-0001');
      expect(retry).toEqual(first);
      const segment = await host.app.db.selectFrom('clinic_segments').select('booked').where('id', '=', data.slotId).executeTakeFirstOrThrow();
      expect(segment.booked).toBe(1);
    });

    it('suspends booking for 30 days after three no-shows within 90 days', async () => {
      const p = await newPatient('noshow');
      const dates = ['2026-11-30', '2026-12-01', '2026-12-02'];
      const regs = [];
      for (const date of dates) regs.push(ok(await book({ memberId: p.memberId, slotId: seg(`${NEW}-dermatology`, date) }, p.token)));
      host.clock.set('2026-12-02T12:00:00Z'); // 20:00 on 12-02
      for (const reg of regs) expect(ok(await clinic('markVisit', { registrationId: reg.id, status: 'noshow' }, admin)).status).toBe('noshow');
      await ensureClinicSchedules(host.app.db, '2026-12-03', 40, host.clock.now());
      const refused = await book({ memberId: p.memberId, slotId: seg(`${NEW}-dermatology`, '2026-12-05') }, p.token);
      expect(refused.status).toBe(403);
      expect(codeOf(refused)).toBe('BOOKING_SUSPENDED');
      expect(refused.body.ok === false && refused.body.error.message).toContain('暂停预约至1月1日（含）');
      host.clock.set('2027-01-01T12:00:00Z');
      const later = await host.loginFresh(`clinic-${engine}-noshow`); // the first session has expired by now
      expect(codeOf(await book({ memberId: p.memberId, slotId: seg(`${NEW}-dermatology`, '2027-01-02') }, later))).toBe('BOOKING_SUSPENDED');
      host.clock.set('2027-01-02T01:00:00Z');
      expect(codeOf(await book({ memberId: p.memberId, slotId: seg(`${NEW}-dermatology`, '2027-01-03') }, later))).toBe('OK');
    });
  });

  describe('capacity under concurrency', () => {
    it('gives exactly 3 of 50 racing accounts the 3 places and SLOT_FULL to the other 47', async () => {
      const slotId = seg(`${NEW}-pediatrics`, '2026-12-04', 3);
      await host.app.db.updateTable('clinic_segments').set({ capacity: 3 }).where('id', '=', slotId).execute();
      const patients = [];
      for (let i = 0; i < 50; i += 1) patients.push(await newPatient(`race-${i}`));
      const results = await Promise.all(patients.map((p) => book({ memberId: p.memberId, slotId }, p.token)));
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
      expect(codes.filter((c) => c === 'SLOT_FULL')).toHaveLength(47);
      const rows = await host.app.db.selectFrom('registrations').select('id').where('segment_id', '=', slotId).execute();
      expect(rows).toHaveLength(3);
      const segment = await host.app.db.selectFrom('clinic_segments').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
      expect(segment.booked).toBe(3);
    });

    it('gives the same member racing twice one registration', async () => {
      const p = await newPatient('twice');
      const results = await Promise.all([
        book({ memberId: p.memberId, slotId: seg(`${NEW}-surgery`, '2026-12-04', 1) }, p.token),
        book({ memberId: p.memberId, slotId: seg(`${NEW}-surgery`, '2026-12-04', 2) }, p.token),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['DUPLICATE_REGISTRATION', 'OK']);
      const rows = await host.app.db.selectFrom('registrations').select('id').where('member_id', '=', p.memberId).execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('hospital staff', () => {
    const publish = (segments: unknown[], token = admin, extra: Record<string, unknown> = {}) =>
      clinic('publishSchedule', { hospitalId: H, campusId: OLD, departmentId: `${OLD}-dermatology`, date: '2026-12-05', segments, ...extra }, token);
    const segmentInput = { session: 'am', start: '08:00', end: '10:00', capacity: 2, clinicType: 'normal', registrationFee: 100, consultationFee: 700 };

    it("publishes a day's schedule, closing segments it leaves out", async () => {
      const data = ok(await publish([segmentInput, { ...segmentInput, session: 'pm', start: '14:00', end: '16:00', clinicType: 'expert', registrationFee: 300, consultationFee: 1200, doctorName: '王主任' }]));
      const open = data.segments.filter((s: any) => s.status === 'open');
      expect(open.map((s: any) => [s.start, s.clinicType, s.fee, s.capacity])).toEqual([
        ['08:00', 'normal', 800, 2],
        ['14:00', 'expert', 1500, 2],
      ]);
      expect(data.segments.filter((s: any) => s.status === 'closed')).toHaveLength(6);
    });

    it('refuses a capacity below what is already booked, and changes nothing', async () => {
      const day = ok(await clinic('slots', { hospitalId: H, campusId: OLD, departmentId: `${OLD}-dermatology`, date: '2026-12-05' }, ''));
      const target = day.slots.find((s: any) => s.status === 'open' && s.start === '08:00');
      const p1 = await newPatient('cap1');
      const p2 = await newPatient('cap2');
      ok(await book({ memberId: p1.memberId, slotId: target.id }, p1.token));
      ok(await book({ memberId: p2.memberId, slotId: target.id }, p2.token));
      const r = await publish([{ ...segmentInput, id: target.id, capacity: 1 }]);
      expect(r.status).toBe(409);
      expect(codeOf(r)).toBe('CAPACITY_BELOW_BOOKED');
      const after = await host.app.db.selectFrom('clinic_segments').select(['capacity', 'status']).where('id', '=', target.id).executeTakeFirstOrThrow();
      expect(after).toEqual({ capacity: 2, status: 'open' });
      const stillOpen = await host.app.db.selectFrom('clinic_segments').select('id').where('department_id', '=', `${OLD}-dermatology`).where('date', '=', '2026-12-05').where('status', '=', 'open').execute();
      expect(stillOpen).toHaveLength(2);
    });

    it.each([
      { who: 'a resident', token: () => resident, extra: {} },
      { who: 'the first hospital on the other hospital', token: () => admin, extra: { hospitalId: 'h-ethnic', campusId: 'c-ethnic-main', departmentId: 'c-ethnic-main-dermatology' } },
    ])('answers FORBIDDEN to $who publishing a schedule', async ({ token, extra }) => {
      const r = await publish([segmentInput], token(), extra);
      expect(r.status).toBe(403);
    });

    it("keeps another hospital's desk list from staff and residents", async () => {
      expect((await clinic('hospitalRegistrations', { hospitalId: 'h-ethnic', date: '2026-11-30' }, admin)).status).toBe(403);
      expect((await clinic('hospitalRegistrations', { hospitalId: H, date: '2026-11-30' }, resident)).status).toBe(403);
    });

    it('marks arrival only on the visit day, then fulfilment; and refuses illegal moves', async () => {
      const p = await newPatient('visit');
      const reg = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-rehabilitation`, '2026-11-30', 5) }, p.token));
      expect(codeOf(await clinic('markVisit', { registrationId: reg.id, status: 'arrived' }, admin))).toBe('INVALID_TRANSITION');
      host.clock.set('2026-11-30T06:00:00Z');
      expect(codeOf(await clinic('markVisit', { registrationId: reg.id, status: 'fulfilled' }, admin))).toBe('INVALID_TRANSITION');
      expect(ok(await clinic('markVisit', { registrationId: reg.id, status: 'arrived' }, admin)).status).toBe('arrived');
      expect(ok(await clinic('markVisit', { registrationId: reg.id, status: 'fulfilled' }, admin)).status).toBe('fulfilled');
      expect(codeOf(await clinic('markVisit', { registrationId: reg.id, status: 'noshow' }, admin))).toBe('INVALID_TRANSITION');
      const desk = ok(await clinic('hospitalRegistrations', { hospitalId: H, date: '2026-11-30', departmentId: `${OLD}-rehabilitation` }, admin));
      expect(desk.registrations[0]).toMatchObject({ id: reg.id, status: 'fulfilled', memberName: '测试患者' });
      expect(desk.registrations[0].idNumberMasked).toMatch(/^2203\*{10}/);
      expect(desk.registrations[0].phoneMasked).toBe('138****0000');
    });

    it('re-prices a rejected revisit with the reason on record, and a resident cannot', async () => {
      const p = await newPatient('reprice');
      const anchor = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-neurology`, '2026-11-30') }, p.token));
      const revisit = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-neurology`, '2026-12-01'), revisitOf: anchor.id }, p.token));
      // A resident is not registration staff: refused before any record is looked at.
      expect(codeOf(await clinic('reprice', { registrationId: revisit.id, reason: '非同一疾病' }, p.token))).toBe('FORBIDDEN');
      const repriced = ok(await clinic('reprice', { registrationId: revisit.id, reason: '医生判定非同一疾病' }, admin));
      expect(repriced).toMatchObject({ fee: 800, waived: false, waivedAmount: 0 });
      const audit = await host.app.db.selectFrom('registration_audit').selectAll().where('registration_id', '=', revisit.id).where('event', '=', 'reprice_rejected_revisit').executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ from_fee: 0, to_fee: 800, reason: '医生判定非同一疾病' });
      expect(codeOf(await clinic('reprice', { registrationId: revisit.id, reason: '再改一次' }, admin))).toBe('INVALID_TRANSITION');
    });

    it('re-prices the revisits of an anchor marked as a no-show', async () => {
      const p = await newPatient('anchor-noshow');
      const anchor = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-electrodiagnosis`, '2026-11-30') }, p.token));
      const revisit = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-electrodiagnosis`, '2026-12-01'), revisitOf: anchor.id }, p.token));
      host.clock.set('2026-11-30T10:00:00Z');
      ok(await clinic('markVisit', { registrationId: anchor.id, status: 'noshow' }, admin));
      const mine = ok(await clinic('mine', {}, p.token));
      expect(mine.upcoming.find((r: any) => r.id === revisit.id)).toMatchObject({ fee: 800, waived: false });
    });

    it('reports registrations, waived visits and the waived amount per department, live', async () => {
      const p = await newPatient('stats');
      const anchor = ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-obstetrics`, '2026-12-01', 4) }, p.token));
      ok(await book({ memberId: p.memberId, slotId: seg(`${OLD}-obstetrics`, '2026-12-02', 4), revisitOf: anchor.id }, p.token));
      const stats = ok(await clinic('stats', { hospitalId: H, from: '2026-12-01', to: '2026-12-02' }, admin));
      const obstetrics = stats.byDepartment.find((d: any) => d.departmentId === `${OLD}-obstetrics`);
      expect(obstetrics).toEqual({ departmentId: `${OLD}-obstetrics`, departmentName: '妇产科', campusName: '老院区', registrations: 2, waivedVisits: 1, waivedAmount: 1500 });
      const rows = await host.app.db.selectFrom('registrations').selectAll().where('hospital_id', '=', H).where('visit_date', '>=', '2026-12-01').where('visit_date', '<=', '2026-12-02').where('status', '!=', 'cancelled').execute();
      expect(stats.registrations).toBe(rows.length);
      expect(stats.waivedVisits).toBe(rows.filter((r) => r.waived === 1).length);
      expect(stats.waivedAmount).toBe(rows.reduce((sum, r) => sum + r.waived_amount, 0));
    });

    it('shows figures to officials for any hospital, and to staff only for their own', async () => {
      const official = await host.login('official');
      expect(ok(await clinic('stats', { hospitalId: 'h-ethnic', from: '2026-11-01', to: '2026-12-31' }, official)).registrations).toBe(0);
      expect((await clinic('stats', { hospitalId: 'h-ethnic', from: '2026-11-01', to: '2026-12-31' }, admin)).status).toBe(403);
      expect((await clinic('stats', { hospitalId: H, from: '2026-11-01', to: '2026-12-31' }, resident)).status).toBe(403);
      expect(codeOf(await clinic('stats', { hospitalId: H, from: '2026-12-31', to: '2026-11-01' }, admin))).toBe('VALIDATION_FAILED');
    });

    it("answers NOT_FOUND when staff touch another hospital's registration", async () => {
      const p = await newPatient('ethnic');
      const reg = ok(await book({ memberId: p.memberId, slotId: seg('c-ethnic-main-internal', '2026-11-30') }, p.token));
      host.clock.set('2026-11-30T02:00:00Z');
      const r = await clinic('markVisit', { registrationId: reg.id, status: 'arrived' }, admin);
      expect(r.status).toBe(404);
    });
  });

  describe('free clinics (义诊)', () => {
    it('lists the two visiting-expert clinics with their seats', async () => {
      const data = ok(await clinic('freeClinics', {}, ''));
      expect(data.freeClinics.map((c: any) => c.expertsFrom)).toEqual(['964解放军总医院', '964解放军总医院']);
      expect(data.freeClinics[0]).toMatchObject({ date: '2026-12-02', seats: 40, remaining: 40 });
    });

    it('signs a member up once, lists it under my sign-ups, and frees the seat on cancel', async () => {
      const signup = ok(await clinic('signUpFreeClinic', { freeClinicId: 'fc-964-family', memberId: mother }));
      expect(signup.freeClinic.remaining).toBe(29);
      expect(codeOf(await clinic('signUpFreeClinic', { freeClinicId: 'fc-964-family', memberId: mother }))).toBe('DUPLICATE_REGISTRATION');
      const mine = ok(await clinic('mySignups', {}));
      expect(mine.signups.map((s: any) => [s.memberName, s.freeClinic.id])).toEqual([['代玉贤', 'fc-964-family']]);
      ok(await clinic('cancelFreeClinicSignup', { signupId: signup.signupId }));
      const list = ok(await clinic('freeClinics', {}, ''));
      expect(list.freeClinics.find((c: any) => c.id === 'fc-964-family').remaining).toBe(30);
    });

    it('gives exactly the free seats to racing sign-ups', async () => {
      await host.app.db.updateTable('free_clinics').set({ seats: 2, taken: 0 }).where('id', '=', 'fc-964-cardio').execute();
      const patients = [];
      for (let i = 0; i < 6; i += 1) patients.push(await newPatient(`fc-race-${i}`));
      const results = await Promise.all(patients.map((p) => clinic('signUpFreeClinic', { freeClinicId: 'fc-964-cardio', memberId: p.memberId }, p.token)));
      expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(2);
      expect(results.map(codeOf).filter((c) => c === 'SLOT_FULL')).toHaveLength(4);
    });
  });
});
