import { dateRange, fullDate, inclusiveEnd, monthDay, timeRange, weekday } from './date-wording';

describe('date wording', () => {
  it.each([
    ['2026-12-03', '12月3日'],
    ['2026-01-10', '1月10日'],
  ])('says %s as %s', (date, words) => expect(monthDay(date)).toBe(words));

  it('marks an inclusive last day with （含）, never 前', () => {
    expect(inclusiveEnd('2026-12-03')).toBe('12月3日（含）');
    expect(inclusiveEnd('2026-12-03')).not.toContain('前');
  });

  it('says a range with its inclusive end, and one day as the day', () => {
    expect(dateRange('2026-12-01', '2026-12-03')).toBe('12月1日至12月3日（含）');
    expect(dateRange('2026-12-01', '2026-12-01')).toBe('12月1日');
  });

  it('names the weekday in Shanghai calendar terms', () => {
    expect(weekday('2026-11-29')).toBe('周日');
    expect(weekday('2026-12-03')).toBe('周四');
  });

  it('gives the year for records', () => expect(fullDate('2026-11-01')).toBe('2026年11月1日'));

  it('joins a time range with a non-breaking hyphen so it never wraps', () => {
    expect(timeRange('08:00', '09:00')).toBe('08:00\u201109:00');
  });
});
