/**
 * `npm run bench`: booking throughput and latency over real HTTP on SQLite and (with
 * DATABASE_URL) PostgreSQL, next to the bare /healthz round trip, plus the capacity race.
 * A script, not a test: figures depend on the machine.
 */
import { checkDigitFor } from '../src/domain/resident-id';
import { segmentId } from '../server/features/clinic/demo-schedules';
import { startApiHost, type ApiHost } from '../tests/support/api-host';
import type { EngineName } from '../tests/support/engines';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const HEALTH_CALLS = 2000;
const DEPARTMENTS = ['cardiology', 'endocrinology', 'neurology'];
const DATES = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed<T>(jobs: Array<() => Promise<T>>, concurrency: number) {
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

function idNumberFor(i: number): string {
  const first17 = `22032319${String(40 + (i % 50)).padStart(2, '0')}0101${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkDigitFor(first17);
}

async function patients(host: ApiHost, prefix: string, count: number) {
  const list: Array<{ token: string; memberId: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const token = await host.loginFresh(`${prefix}-${i}`);
    const r = await host.call('account', 'addMember', { name: '压测用户', idNumber: idNumberFor(i), phone: '13800000000', relation: 'self', consent: true }, { token });
    if (!r.body.ok) throw new Error(`addMember: ${r.body.error.code}`);
    list.push({ token, memberId: r.body.data.id });
  }
  return list;
}

async function benchEngine(engine: EngineName) {
  const host = await startApiHost(engine, { env: { RATE_LIMIT_MUTATIONS: '0' } });
  try {
    await host.app.db.updateTable('clinic_segments').set({ capacity: 100000 }).execute();
    // Warm the JIT and the connection pool before anything is measured.
    await timed(Array.from({ length: 300 }, () => () => host.raw('/healthz').then((r) => r.text())), CONCURRENCY);
    const health = await timed(Array.from({ length: HEALTH_CALLS }, () => () => host.raw('/healthz').then((r) => r.text())), CONCURRENCY);
    const people = await patients(host, `bench-${engine}`, ACCOUNTS);
    const jobs = people.flatMap((p, i) =>
      DEPARTMENTS.map((dep, d) => () =>
        host.call('clinic', 'book', { memberId: p.memberId, slotId: segmentId(`c-first-old-${dep}`, DATES[i % DATES.length], 1 + ((i + d) % 6)) }, { token: p.token }),
      ),
    );
    const booking = await timed(jobs, CONCURRENCY);
    const failed = booking.results.filter((r) => !r.body.ok).length;

    const raceSlot = segmentId('c-first-new-pediatrics', '2026-12-04', 3);
    await host.app.db.updateTable('clinic_segments').set({ capacity: 3 }).where('id', '=', raceSlot).execute();
    const racers = await patients(host, `race-${engine}`, 50);
    const race = await Promise.all(racers.map((p) => host.call('clinic', 'book', { memberId: p.memberId, slotId: raceSlot }, { token: p.token })));
    const won = race.filter((r) => r.body.ok).length;
    const full = race.filter((r) => !r.body.ok && r.body.error.code === 'SLOT_FULL').length;

    return {
      engine,
      healthz: `${health.perSecond.toFixed(0)}/s p50 ${health.p50.toFixed(1)} ms p99 ${health.p99.toFixed(1)} ms`,
      book: `${booking.perSecond.toFixed(0)}/s p50 ${booking.p50.toFixed(1)} ms p99 ${booking.p99.toFixed(1)} ms (${jobs.length} bookings, ${failed} refused)`,
      race: `50 accounts, 3 places: ${won} booked, ${full} SLOT_FULL`,
    };
  } finally {
    await host.close();
  }
}

async function main() {
  const engines: EngineName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!process.env.DATABASE_URL) console.warn('DATABASE_URL not set: PostgreSQL not benchmarked');
  console.log(`concurrency ${CONCURRENCY}, ${ACCOUNTS} accounts × ${DEPARTMENTS.length} bookings, ${HEALTH_CALLS} health checks, one process (client and host share 2 cores)`);
  for (const engine of engines) {
    const r = await benchEngine(engine);
    console.log(`\n${r.engine}\n  GET /healthz   ${r.healthz}\n  clinic.book    ${r.book}\n  race           ${r.race}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
