import type { App } from '../app';
import type { JobDefinition } from '../core/service-module';

export interface JobReport {
  name: string;
  ran: boolean;
  changed: number;
  error?: string;
}

const MINUTE = 60_000;

/**
 * Runs every job that is due as of `at` once (or every job with `all`), and records when
 * each ran. Jobs are idempotent: a second run for the same time changes nothing, so a
 * scheduler that fires twice, or `npm run jobs` run by hand beside `npm start`, is harmless.
 * One failing job is recorded and logged; the others still run.
 */
export async function runDueJobs(app: App, at: Date, options: { all?: boolean } = {}): Promise<JobReport[]> {
  const runs = new Map((await app.db.selectFrom('job_runs').selectAll().execute()).map((r) => [r.name, r]));
  const reports: JobReport[] = [];
  for (const job of app.jobs) {
    if (job.demoOnly && !app.config.demoData) continue;
    const last = runs.get(job.name);
    const due = !last || new Date(last.last_run_at).getTime() <= at.getTime() - job.everyMinutes * MINUTE;
    if (!due && !options.all) {
      reports.push({ name: job.name, ran: false, changed: 0 });
      continue;
    }
    const report = await runOne(app, job, at);
    reports.push(report);
  }
  return reports;
}

async function runOne(app: App, job: JobDefinition, at: Date): Promise<JobReport> {
  let changed = 0;
  let error: string | undefined;
  try {
    changed = await job.run(app, at);
  } catch (failure) {
    error = failure instanceof Error ? failure.name : 'error';
    app.logger.error('job_failed', { job: job.name, kind: error });
  }
  const row = { last_run_at: at.toISOString(), last_changed: changed, last_error: error ?? null };
  await app.db
    .insertInto('job_runs')
    .values({ name: job.name, ...row })
    .onConflict((oc) => oc.column('name').doUpdateSet(row))
    .execute();
  if (changed > 0) app.logger.info('job', { job: job.name, changed });
  return { name: job.name, ran: true, changed, ...(error ? { error } : {}) };
}
