import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { businessDate } from '../../src/domain/business-date';
import { ensureClinicSchedules } from '../db/seed/clinic-schedules';
import { deliverPendingMessages } from '../features/messages/subscribe-sender';
import { createHttpHost, listen } from '../host/http-host';

/** `npm start`: build the H5 app if it is missing, migrate and seed, then serve. */
async function main() {
  const config = loadConfig();
  if (!fs.existsSync(path.join(config.h5Dir, 'index.html')) && process.env.SKIP_H5_BUILD !== '1') {
    console.log('H5 build missing: running `npm run build:h5` (about 20 s, once)…');
    const built = spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit', cwd: path.resolve(__dirname, '../..') });
    if (built.status !== 0) throw new Error('H5 build failed');
  }
  const app = await createApp(config);
  const server = createHttpHost(app);
  const address = await listen(server, config.port, config.host);
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  app.logger.info('listening', { url: `http://${shown}:${address.port}`, engine: app.engine, devLogin: config.devLogin });
  console.log(`暖民心 running at http://${shown}:${address.port}/ (${app.engine}${config.devLogin ? ', dev login on' : ''})`);

  // Development stand-in for the hospitals' own publishing: keep the booking window filled
  // with the template day. CLINIC_AUTO_SCHEDULE=0 leaves schedules to hospital staff alone.
  const topUpSchedules = () =>
    ensureClinicSchedules(app.db, businessDate(app.clock.now()), config.clinic.bookingDaysAhead + 1, app.clock.now()).catch(() =>
      app.logger.error('schedule_top_up_failed'),
    );
  let scheduler: NodeJS.Timeout | undefined;
  if (process.env.CLINIC_AUTO_SCHEDULE !== '0') {
    await topUpSchedules();
    scheduler = setInterval(() => void topUpSchedules(), 60 * 60 * 1000);
    scheduler.unref();
  }

  let sending = false;
  const sender = setInterval(() => {
    if (sending) return;
    sending = true;
    deliverPendingMessages(app)
      .then((r) => r.sent + r.failed > 0 && app.logger.info('subscribe_sender', { ...r }))
      .catch(() => app.logger.error('subscribe_sender_crashed'))
      .finally(() => {
        sending = false;
      });
  }, 10_000);
  sender.unref();

  const stop = () => {
    clearInterval(sender);
    if (scheduler) clearInterval(scheduler);
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
