import { deadlinesOf, isOverdue, pendingDeadline } from './deadlines';
import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';

const submittedAt = '2026-12-01T02:00:00.000Z'; // 10:00 in China

describe('time limits of a complaint', () => {
  it('gives 2 h to accept and 24 h to measure a cold room, and no repair limit', () => {
    expect(deadlinesOf({ category: 'temperature', submittedAt, reopenedAt: null }, policy)).toEqual({
      acceptBy: '2026-12-01T04:00:00.000Z',
      measureBy: '2026-12-02T02:00:00.000Z',
      resolveBy: null,
    });
  });

  it('gives an outage (不热停热) 48 h to be repaired', () => {
    expect(deadlinesOf({ category: 'no_heat', submittedAt, reopenedAt: null }, policy).resolveBy).toBe('2026-12-03T02:00:00.000Z');
  });

  it('restarts measuring and repair from the moment a complaint is reopened, keeping the accept limit', () => {
    const reopenedAt = '2026-12-05T00:00:00.000Z';
    expect(deadlinesOf({ category: 'no_heat', submittedAt, reopenedAt }, policy)).toEqual({
      acceptBy: '2026-12-01T04:00:00.000Z',
      measureBy: '2026-12-06T00:00:00.000Z',
      resolveBy: '2026-12-07T00:00:00.000Z',
    });
  });

  it('follows configured limits', () => {
    const d = deadlinesOf({ category: 'no_heat', submittedAt, reopenedAt: null }, { ...policy, acceptHours: 1, measureHours: 12, resolveHours: 36 });
    expect(d).toEqual({ acceptBy: '2026-12-01T03:00:00.000Z', measureBy: '2026-12-01T14:00:00.000Z', resolveBy: '2026-12-02T14:00:00.000Z' });
  });
});

describe('the deadline running now', () => {
  const outage = deadlinesOf({ category: 'no_heat', submittedAt, reopenedAt: null }, policy);
  const cold = deadlinesOf({ category: 'temperature', submittedAt, reopenedAt: null }, policy);

  it.each([
    { status: 'submitted', what: 'a cold room', d: cold, expected: { kind: 'accept', by: cold.acceptBy } },
    { status: 'accepted', what: 'a cold room', d: cold, expected: { kind: 'measure', by: cold.measureBy } },
    { status: 'dispatched', what: 'a cold room', d: cold, expected: { kind: 'measure', by: cold.measureBy } },
    { status: 'reopened', what: 'a cold room', d: cold, expected: { kind: 'measure', by: cold.measureBy } },
    { status: 'measured', what: 'an outage', d: outage, expected: { kind: 'resolve', by: outage.resolveBy } },
    { status: 'measured', what: 'a cold room', d: cold, expected: null },
    { status: 'resolved', what: 'an outage', d: outage, expected: null },
    { status: 'closed', what: 'an outage', d: outage, expected: null },
    { status: 'rejected', what: 'an outage', d: outage, expected: null },
  ] as const)('for $what in $status: $expected', ({ status, d, expected }) => {
    expect(pendingDeadline(status, d)).toEqual(expected);
  });

  it.each([
    { now: '2026-12-01T03:59:59.000Z', overdue: false, note: 'one second before the limit' },
    { now: '2026-12-01T04:00:00.000Z', overdue: false, note: 'at the limit' },
    { now: '2026-12-01T04:00:01.000Z', overdue: true, note: 'one second after' },
  ])('flags a submitted complaint overdue $note: $overdue', ({ now, overdue }) => {
    expect(isOverdue(pendingDeadline('submitted', cold), new Date(now))).toBe(overdue);
  });

  it('never flags a complaint without a running deadline', () => {
    expect(isOverdue(pendingDeadline('resolved', cold), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
