import { businessDate, shanghaiTime } from './business-date';

/**
 * One way of saying dates across pages and messages. An inclusive end is always said
 * with （含）: "12月3日（含）", never "12月3日前", which a reader takes to exclude the 3rd.
 */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** '2026-12-03' → '12月3日'. */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** '2026-12-03' → '周四'. */
export function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** The last day something still holds: '12月3日（含）'. */
export function inclusiveEnd(date: string): string {
  return `${monthDay(date)}（含）`;
}

/** '2026-12-01'…'2026-12-03' → '12月1日至12月3日（含）'; one day → '12月1日'. */
export function dateRange(from: string, to: string): string {
  return from === to ? monthDay(from) : `${monthDay(from)}至${inclusiveEnd(to)}`;
}

/** '2026-12-03' → '2026年12月3日' for figures and records that span years. */
export function fullDate(date: string): string {
  return `${date.slice(0, 4)}年${monthDay(date)}`;
}

/** A time range that must not break across lines: '08:00–09:00' with a non-breaking dash. */
export function timeRange(start: string, end: string): string {
  return `${start}\u2011${end}`;
}

/** A stored instant as China time, in the one wording: '11月29日 14:05'. */
export function shanghaiDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${monthDay(businessDate(instant))} ${shanghaiTime(instant)}`;
}
