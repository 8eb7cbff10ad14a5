import { checkDigitFor } from '../../src/domain/resident-id';
import type { ApiHost, ApiResult } from '../../tests/support/api-host';

/** One measured call kind: `clinic.book`, `heating.submit`… and the calls to time. */
export interface BenchMeasure {
  label: string;
  calls: Array<() => Promise<ApiResult>>;
}

/**
 * A service's part of `npm run bench`: it prepares data over HTTP on a fresh host and
 * returns the calls to time; `after` may report a race or other facts as lines.
 */
export interface BenchSection {
  name: string;
  prepare(host: ApiHost, ctx: BenchContext): Promise<BenchMeasure[]>;
  after?(host: ApiHost, ctx: BenchContext): Promise<string[]>;
}

export interface BenchContext {
  /** Today in Asia/Shanghai on the host's clock (the bench runs at the real time). */
  today: string;
  accounts: number;
}

export interface Timing<T> {
  results: T[];
  perSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs the jobs with `concurrency` clients in this process and measures each call. */
export async function timed<T>(jobs: Array<() => Promise<T>>, concurrency: number): Promise<Timing<T>> {
  const latencies: number[] = [];
  const results: T[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t0 = performance.now();
        results.push(await job());
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { results, perSecond: jobs.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * A valid, made-up ID number per index (region 220323, born from `bornFrom` over 50 years);
 * the birthday comes from `salt`, so residents of different sections are different people.
 */
export function benchIdNumber(i: number, bornFrom = 1940, salt = 0): string {
  const month = String(1 + (salt % 12)).padStart(2, '0');
  const day = String(1 + ((salt >>> 4) % 28)).padStart(2, '0');
  const first17 = `220323${bornFrom + (i % 50)}${month}${day}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

/**
 * `perPerson` calls for each person, ordered round by round (everyone's first call, then
 * everyone's second…), so the concurrent clients are different residents, as on a real day,
 * and a call is not timed queueing behind the same person's lock.
 */
export function roundByRound<P, T>(people: P[], perPerson: number, call: (person: P, index: number, round: number) => () => Promise<T>) {
  return Array.from({ length: perPerson }, (_, round) => people.map((p, i) => call(p, i, round))).flat();
}

const saltOf = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Fresh accounts, each with one member (本人), logged in over HTTP. */
export async function benchResidents(host: ApiHost, prefix: string, count: number, bornFrom = 1940) {
  const list: Array<{ token: string; memberId: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const token = await host.loginFresh(`${prefix}-${i}`);
    const r = await host.call('account', 'addMember', { name: '压测用户', idNumber: benchIdNumber(i, bornFrom, saltOf(prefix)), phone: '13800000000', relation: 'self', consent: true }, { token });
    if (!r.body.ok) throw new Error(`addMember: ${r.body.error.code}`);
    list.push({ token, memberId: r.body.data.id });
  }
  return list;
}
