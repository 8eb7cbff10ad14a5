import { createApp, type App } from '../app';
import { loadConfig } from '../config';
import { wxCloudFileStore } from '../features/files/cloud-file-store';
import { runDueJobs, type JobReport } from '../jobs/run-jobs';

/**
 * The `scheduler` cloud function: CloudBase's timer trigger calls it every minute and it
 * runs the due jobs (outbox delivery, expiry…), as `npm start` does on the local host. It
 * answers only the trigger: it has no actions, and a client calling it gets nothing.
 */
export function schedulerMain(options: { app?: () => Promise<App> } = {}) {
  let appPromise: Promise<App> | null = null;
  const getApp = options.app ?? (() => createApp(loadConfig(), { modules: [], fileStore: wxCloudFileStore() }));
  return async (event: { Type?: unknown; TriggerName?: unknown } | undefined): Promise<{ ok: boolean; jobs?: JobReport[] }> => {
    if (event?.Type !== 'Timer') return { ok: false };
    appPromise ??= getApp().catch((error) => {
      appPromise = null;
      throw error;
    });
    const app = await appPromise;
    return { ok: true, jobs: await runDueJobs(app, app.clock.now()) };
  };
}
