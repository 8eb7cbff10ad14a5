import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createHttpHost, listen } from '../host/http-host';
import { runDueJobs } from '../jobs/run-jobs';

const root = path.resolve(__dirname, '../..');

/**
 * Builds the H5 app when it is missing. Whatever NODE_ENV the host runs with, the app it
 * serves is a production build (a development build needs the dev server's runtime and
 * shows a blank page here).
 */
function ensureH5Build(h5Dir: string) {
  if (fs.existsSync(path.join(h5Dir, 'index.html')) || process.env.SKIP_H5_BUILD === '1') return;
  console.log('H5 build missing: running `npm run build:h5` (about 30 s, once)…');
  const built = spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
  if (built.status !== 0) throw new Error('H5 build failed');
}

/** `npm start`: build the H5 app if it is missing, migrate and seed, serve, and run the scheduled jobs every minute. */
async function main() {
  const config = loadConfig();
  ensureH5Build(config.h5Dir);
  const app = await createApp(config);
  const server = createHttpHost(app);
  const address = await listen(server, config.port, config.host);
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  app.logger.info('listening', { url: `http://${shown}:${address.port}`, engine: app.engine, devLogin: config.devLogin });
  console.log(`暖民心 running at http://${shown}:${address.port}/ (${app.engine}${config.devLogin ? ', dev login and demo data on' : ''})`);

  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(app, app.clock.now());
    } catch {
      app.logger.error('jobs_crashed');
    } finally {
      running = false;
    }
  };
  await tick();
  const scheduler = setInterval(() => void tick(), 60_000);
  scheduler.unref();

  const stop = () => {
    clearInterval(scheduler);
    server.close(() => void app.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`启动失败 / failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
