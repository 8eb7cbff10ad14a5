import { addDays, businessDate, chineseMonthDay, startOfBusinessDate } from './business-date';

describe('business dates in Asia/Shanghai', () => {
  it.each([
    { instant: '2026-11-28T16:30:00Z', date: '2026-11-29', note: '00:30 China time is already the next day' },
    { instant: '2026-11-28T15:59:59Z', date: '2026-11-28', note: '23:59:59 China time' },
    { instant: '2026-11-29T15:59:59Z', date: '2026-11-29', note: 'late evening' },
  ])('dates $instant as $date ($note)', ({ instant, date }) => {
    expect(businessDate(new Date(instant))).toBe(date);
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2026-11-29', 2)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('starts a China date at 16:00 UTC of the day before', () => {
    expect(startOfBusinessDate('2026-11-29').toISOString()).toBe('2026-11-28T16:00:00.000Z');
  });

  it('writes a date as month and day without leading zeros', () => {
    expect(chineseMonthDay('2026-12-02')).toBe('12月2日');
    expect(chineseMonthDay('2027-01-15')).toBe('1月15日');
  });
});
