import type { HeatingPolicy } from './heating-policy';

/** Whether a business date (YYYY-MM-DD, Asia/Shanghai) lies in the heating season, both ends included. */
export function inSeason(date: string, season: HeatingPolicy['season']): boolean {
  const md = date.slice(5);
  return season.start <= season.end ? md >= season.start && md <= season.end : md >= season.start || md <= season.end;
}

/** Whether the season runs over the new year (10-20 to 04-10 does). */
export const spansNewYear = (season: HeatingPolicy['season']) => season.start > season.end;

/**
 * The season a date belongs to, or the next one when the date is outside it, as business
 * dates: on 2026-12-01 → 2026-10-20…2027-04-10; on 2026-06-01 → 2026-10-20…2027-04-10.
 */
export function seasonAround(date: string, season: HeatingPolicy['season']): { start: string; end: string } {
  const year = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (!spansNewYear(season)) {
    const startYear = md > season.end ? year + 1 : year;
    return { start: `${startYear}-${season.start}`, end: `${startYear}-${season.end}` };
  }
  // In the season's spring part (before its end), the season began last year.
  const startYear = md <= season.end ? year - 1 : year;
  return { start: `${startYear}-${season.start}`, end: `${startYear + 1}-${season.end}` };
}

/** A valid month-day for a season boundary (no 02-29: the season must exist every year). */
export function isSeasonDay(md: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(md);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}
