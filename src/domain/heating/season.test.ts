import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';
import { inSeason, isSeasonDay, seasonAround } from './season';

describe('the heating season (default 10-20 to 04-10, both days included)', () => {
  it.each([
    ['2026-10-19', false],
    ['2026-10-20', true],
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-02-28', true],
    ['2027-04-10', true],
    ['2027-04-11', false],
    ['2027-07-15', false],
  ])('%s is in season: %s', (date, expected) => {
    expect(inSeason(date, policy.season)).toBe(expected);
  });

  it('also handles a season within one calendar year', () => {
    const season = { start: '01-10', end: '03-31' };
    expect(inSeason('2027-02-01', season)).toBe(true);
    expect(inSeason('2027-12-01', season)).toBe(false);
  });

  it.each([
    ['2026-12-01', { start: '2026-10-20', end: '2027-04-10' }],
    ['2027-03-01', { start: '2026-10-20', end: '2027-04-10' }],
    ['2027-06-01', { start: '2027-10-20', end: '2028-04-10' }],
  ])('dates the season around %s', (date, expected) => {
    expect(seasonAround(date, policy.season)).toEqual(expected);
  });

  it.each([
    ['10-20', true],
    ['04-31', false],
    ['02-29', false],
    ['13-01', false],
    ['1-5', false],
  ])('accepts %s as a season boundary: %s', (md, ok) => {
    expect(isSeasonDay(md)).toBe(ok);
  });
});
