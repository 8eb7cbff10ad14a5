/**
 * Business dates are calendar dates in Asia/Shanghai whatever the server's zone.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact
 * and avoids shipping a time-zone database into the mini-app bundle.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function businessDate(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai wall-clock time (HH:MM) of an instant. */
export function shanghaiTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant a Shanghai date and HH:MM time denote. */
export function shanghaiInstant(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(startOfBusinessDate(date).getTime() + (h * 60 + m) * 60_000);
}

/** YYYY-MM-DD plus n calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** n consecutive dates from `from` (included). */
export const datesFrom = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => addDays(from, i));

/** The UTC instant at which a Shanghai calendar date begins (its 00:00 China time). */
export function startOfBusinessDate(date: string): Date {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - SHANGHAI_OFFSET_MS);
}

/** '2026-12-02' → '12月2日', as notices and error messages say it. */
export function chineseMonthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
