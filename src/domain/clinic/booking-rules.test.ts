import { bookableDates, breaksDepartmentDayLimit, canCancelFree, canTransition, deskMoveRefusal, deskMoves, segmentBookability, suspendedUntil } from './booking-rules';
import { shanghaiInstant } from '../business-date';
import { DEFAULT_CLINIC_POLICY as policy } from './clinic-policy';

describe('the booking window', () => {
  it('opens today through six days ahead before the 07:00 release', () => {
    const dates = bookableDates(new Date('2026-11-28T22:59:00Z'), policy); // 06:59 on 11-29 in China
    expect(dates[0]).toBe('2026-11-29');
    expect(dates[dates.length - 1]).toBe('2026-12-05');
  });

  it('releases the seventh day ahead at 07:00 China time', () => {
    const dates = bookableDates(new Date('2026-11-28T23:00:00Z'), policy); // 07:00 on 11-29
    expect(dates[dates.length - 1]).toBe('2026-12-06');
    expect(dates).toHaveLength(8);
  });

  it('dates a booking at 00:30 China time on the China date, whatever the server zone', () => {
    expect(bookableDates(new Date('2026-11-28T16:30:00Z'), policy)[0]).toBe('2026-11-29');
  });
});

describe('whether a segment takes a booking', () => {
  const segment = { date: '2026-11-30', end: '10:00', status: 'open', capacity: 3, booked: 0 };
  const now = new Date('2026-11-29T02:00:00Z'); // 10:00 on 11-29

  it.each([
    { case: 'an open segment with room', change: {}, expected: 'open' },
    { case: 'a full segment', change: { booked: 3 }, expected: 'full' },
    { case: 'a closed segment', change: { status: 'closed' }, expected: 'closed' },
    { case: 'a segment that has ended', change: { date: '2026-11-29', end: '10:00' }, expected: 'past' },
    { case: 'a segment still running today', change: { date: '2026-11-29', end: '10:01' }, expected: 'open' },
    { case: 'a day not yet released', change: { date: '2026-12-07' }, expected: 'not_released' },
    { case: 'yesterday', change: { date: '2026-11-28', end: '23:59' }, expected: 'past' },
  ])('answers $expected for $case', ({ change, expected }) => {
    expect(segmentBookability({ ...segment, ...change }, now, policy)).toBe(expected);
  });

  it('reads segment times as China time', () => {
    expect(shanghaiInstant('2026-11-30', '08:00').toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('free cancellation', () => {
  it.each([
    { now: '2026-11-29T15:59:59Z', allowed: true, note: '23:59:59 the evening before' },
    { now: '2026-11-29T16:00:00Z', allowed: false, note: '00:00 of the visit day' },
    { now: '2026-11-30T01:00:00Z', allowed: false, note: 'during the visit day' },
  ])('is $allowed at $note', ({ now, allowed }) => {
    expect(canCancelFree('2026-11-30', new Date(now))).toBe(allowed);
  });
});

describe('no-show suspension', () => {
  it.each([
    { noShows: ['2026-10-01', '2026-11-01'], today: '2026-11-02', expected: null, note: 'two no-shows' },
    { noShows: ['2026-09-01', '2026-10-01', '2026-11-01'], today: '2026-11-02', expected: '2026-12-01', note: 'three within 90 days' },
    { noShows: ['2026-09-01', '2026-10-01', '2026-11-01'], today: '2026-12-01', expected: '2026-12-01', note: 'the last suspended day' },
    { noShows: ['2026-09-01', '2026-10-01', '2026-11-01'], today: '2026-12-02', expected: null, note: 'the day after' },
    { noShows: ['2026-08-01', '2026-10-01', '2026-10-30'], today: '2026-10-31', expected: null, note: 'three spread over 90 days' },
    { noShows: ['2026-08-02', '2026-10-01', '2026-10-30'], today: '2026-10-31', expected: '2026-11-29', note: 'the first on the 89th day before' },
  ])('suspends until $expected after $note', ({ noShows, today, expected }) => {
    expect(suspendedUntil(noShows, today, policy)).toBe(expected);
  });
});

describe('registration status', () => {
  it.each([
    ['booked', 'arrived', true],
    ['arrived', 'fulfilled', true],
    ['booked', 'cancelled', true],
    ['booked', 'noshow', true],
    ['booked', 'fulfilled', false],
    ['cancelled', 'booked', false],
    ['fulfilled', 'noshow', false],
    ['arrived', 'cancelled', false],
  ] as const)('moves from %s to %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

describe('one registration per person, department and day', () => {
  const anchor = { id: 'anchor', visitDate: '2026-12-01' };
  it.each([
    { case: 'a first registration that day', sameDepartment: [], date: '2026-12-01', revisitOf: null, breaks: false },
    { case: 'a second new visit the same day', sameDepartment: [anchor], date: '2026-12-01', revisitOf: null, breaks: true },
    { case: 'one declared revisit on the anchor’s own day', sameDepartment: [anchor], date: '2026-12-01', revisitOf: anchor, breaks: false },
    { case: 'a second revisit on the anchor’s own day', sameDepartment: [anchor, { id: 'rev1', visitDate: '2026-12-01' }], date: '2026-12-01', revisitOf: anchor, breaks: true },
    { case: 'a first revisit on day 2', sameDepartment: [], date: '2026-12-02', revisitOf: anchor, breaks: false },
    { case: 'a second revisit on day 2', sameDepartment: [{ id: 'rev1', visitDate: '2026-12-02' }], date: '2026-12-02', revisitOf: anchor, breaks: true },
  ])('$case: breaks the limit = $breaks', ({ sameDepartment, date, revisitOf, breaks }) => {
    expect(breaksDepartmentDayLimit({ sameDepartment, date, revisitOf, perDepartmentPerDay: 1 })).toBe(breaks);
  });
});

describe('what the desk may record', () => {
  const booked = { status: 'booked' as const, visitDate: '2026-12-01', segmentEnd: '09:00' };
  it('refuses a no-show before the segment has ended, even on the visit day', () => {
    expect(deskMoveRefusal(booked, 'noshow', new Date('2026-11-30T19:47:00Z'))).toBe('该时段09:00结束后才能标记爽约'); // 03:47 on 12-01
    expect(deskMoveRefusal(booked, 'noshow', new Date('2026-12-01T00:59:00Z'))).not.toBeNull(); // 08:59
    expect(deskMoveRefusal(booked, 'noshow', new Date('2026-12-01T01:00:00Z'))).toBeNull(); // 09:00
  });

  it('records arrival only on the visit day', () => {
    expect(deskMoveRefusal(booked, 'arrived', new Date('2026-11-30T10:00:00Z'))).toBe('只能在就诊当天标记到诊'); // 11-30 18:00
    expect(deskMoveRefusal(booked, 'arrived', new Date('2026-11-30T16:00:00Z'))).toBeNull(); // 12-01 00:00
    expect(deskMoveRefusal(booked, 'arrived', new Date('2026-12-01T16:00:00Z'))).not.toBeNull(); // 12-02
  });

  it('offers only the moves the table and the clock allow', () => {
    expect(deskMoves(booked, new Date('2026-12-01T00:30:00Z'))).toEqual(['arrived']);
    expect(deskMoves(booked, new Date('2026-12-01T02:00:00Z'))).toEqual(['arrived', 'noshow']);
    expect(deskMoves({ ...booked, status: 'arrived' }, new Date('2026-12-01T02:00:00Z'))).toEqual(['fulfilled']);
    expect(deskMoves({ ...booked, status: 'cancelled' }, new Date('2026-12-01T02:00:00Z'))).toEqual([]);
  });
});
