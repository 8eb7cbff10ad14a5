import { createApp } from '../app';
import { loadConfig } from '../config';
import { runDueJobs } from '../jobs/run-jobs';

const USAGE = `usage: npm run jobs -- [--at <ISO time>] [--all]
  runs every scheduled job that is due as of that time (default: now) once;
  --all runs every job whatever its last run (each is idempotent)`;

/** `npm run jobs`: the scheduler by hand, at any time (the clock rules read is this one). */
async function main(argv: string[]) {
  let at = new Date();
  let all = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--at') at = new Date(argv[(i += 1)] ?? '');
    else if (argv[i] === '--all') all = true;
    else {
      console.error(USAGE);
      process.exit(2);
    }
  }
  if (Number.isNaN(at.getTime())) {
    console.error(`--at needs an ISO time, e.g. 2026-12-01T08:00:00+08:00\n${USAGE}`);
    process.exit(2);
  }
  const app = await createApp({ ...loadConfig(), log: false }, { clock: { now: () => at } });
  try {
    for (const report of await runDueJobs(app, at, { all })) {
      console.log(`${report.name}: ${report.ran ? `ran, ${report.changed} changed${report.error ? `, failed (${report.error})` : ''}` : 'not due'}`);
    }
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`jobs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
