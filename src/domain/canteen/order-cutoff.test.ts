import { DEFAULT_CANTEEN_POLICY as policy } from './canteen-policy';
import { isBeforeCutoff, orderCutoff } from './order-cutoff';

describe('报餐: order until 20:00 China time the day before, cancel before the same moment', () => {
  it('closes orders for 12月3日 at 12月2日 20:00 China time (12:00 UTC)', () => {
    expect(orderCutoff('2026-12-03', policy).toISOString()).toBe('2026-12-02T12:00:00.000Z');
  });

  it.each([
    { at: '2026-12-02T11:59:59.999Z', china: '19:59:59.999 the day before', open: true },
    { at: '2026-12-02T12:00:00.000Z', china: '20:00:00 the day before', open: false },
    { at: '2026-12-02T15:59:00.000Z', china: '23:59 the day before', open: false },
    { at: '2026-12-01T16:00:00.000Z', china: '00:00 two days before', open: true },
  ])('at $china ordering is open: $open', ({ at, open }) => {
    expect(isBeforeCutoff(new Date(at), '2026-12-03', policy)).toBe(open);
  });

  it('crosses months and years by the calendar', () => {
    expect(orderCutoff('2027-01-01', policy).toISOString()).toBe('2026-12-31T12:00:00.000Z');
    expect(orderCutoff('2026-12-01', policy).toISOString()).toBe('2026-11-30T12:00:00.000Z');
  });

  it('follows the configured day and time', () => {
    expect(orderCutoff('2026-12-03', { orderCutoffDaysBefore: 0, orderCutoffTime: '09:30' }).toISOString()).toBe('2026-12-03T01:30:00.000Z');
    expect(orderCutoff('2026-12-03', { orderCutoffDaysBefore: 2, orderCutoffTime: '18:00' }).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });
});
