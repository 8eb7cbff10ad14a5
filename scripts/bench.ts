/**
 * `npm run bench`: every service's mutations over real HTTP on SQLite and (with
 * DATABASE_URL) PostgreSQL, each printed as a ratio of its p50 to the bare /healthz p50
 * of the same run, so services are measured the same way on any machine. Dates are
 * relative to today. A script, not a test: figures depend on the machine.
 */
import { businessDate } from '../src/domain/business-date';
import { startApiHost } from '../tests/support/api-host';
import type { EngineName } from '../tests/support/engines';
import { timed } from './bench/harness';
import { BENCH_SECTIONS } from './bench/sections';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const HEALTH_CALLS = 2000;
const ONLY = process.env.BENCH_ONLY?.split(',');

const ms = (n: number) => `${n.toFixed(1)} ms`;
/** This process's CPU time (client and host) since `from`, in milliseconds. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

async function benchEngine(engine: EngineName) {
  const now = new Date();
  const host = await startApiHost(engine, { now: now.toISOString(), env: { RATE_LIMIT_MUTATIONS: '0', RATE_LIMIT_READS: '0', LOG: '0' } });
  const lines: string[] = [];
  try {
    const health = () => timed(Array.from({ length: HEALTH_CALLS }, () => () => host.raw('/healthz').then((r) => r.text())), CONCURRENCY);
    // Warm the JIT and the connection pool before anything is measured.
    await timed(Array.from({ length: 300 }, () => () => host.raw('/healthz').then((r) => r.text())), CONCURRENCY);
    const cpu0 = process.cpuUsage();
    const baseline = await health();
    const cpuHealth = cpuMs(cpu0) / HEALTH_CALLS;
    lines.push(`  GET /healthz            ${baseline.perSecond.toFixed(0)}/s p50 ${ms(baseline.p50)} p99 ${ms(baseline.p99)}; cpu ${cpuHealth.toFixed(2)} ms per call`);
    const ctx = { today: businessDate(now), accounts: ACCOUNTS };
    for (const section of BENCH_SECTIONS.filter((s) => !ONLY || s.name === 'floor' || ONLY.includes(s.name))) {
      for (const measure of await section.prepare(host, ctx)) {
        const cpu1 = process.cpuUsage();
        const t = await timed(measure.calls, CONCURRENCY);
        const cpuCall = cpuMs(cpu1) / measure.calls.length;
        const refused = t.results.filter((r) => !r.body.ok);
        const codes = [...new Set(refused.map((r) => (r.body.ok ? '' : r.body.error.code)))].join(',');
        lines.push(
          `  ${measure.label.padEnd(24)}${t.perSecond.toFixed(0)}/s p50 ${ms(t.p50)} (${(t.p50 / baseline.p50).toFixed(1)}× /healthz) p99 ${ms(t.p99)}; cpu ${(cpuCall / cpuHealth).toFixed(1)}×; ${measure.calls.length} calls, ${refused.length} refused${codes ? ` (${codes})` : ''}`,
        );
      }
      for (const line of (await section.after?.(host, ctx)) ?? []) lines.push(`  ${line}`);
    }
    // The same health check once everything has run: the code paths all calls share are
    // compiled by now, so it is cheaper than at the start, which is what ratios divide by.
    const cpu2 = process.cpuUsage();
    const again = await health();
    const cpuAgain = cpuMs(cpu2) / HEALTH_CALLS;
    lines.push(`  GET /healthz again      ${again.perSecond.toFixed(0)}/s p50 ${ms(again.p50)} (${(again.p50 / baseline.p50).toFixed(1)}× the first); cpu ${cpuAgain.toFixed(2)} ms per call`);
  } finally {
    await host.close();
  }
  return lines;
}

async function main() {
  const engines: EngineName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!process.env.DATABASE_URL) console.warn('DATABASE_URL not set: PostgreSQL not benchmarked');
  console.log(`concurrency ${CONCURRENCY}, ${ACCOUNTS} accounts per service, ${HEALTH_CALLS} health checks; client and host share one process on this machine`);
  for (const engine of engines) {
    console.log(`\n${engine}`);
    for (const line of await benchEngine(engine)) console.log(line);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
