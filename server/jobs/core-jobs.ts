import type { JobDefinition } from '../core/service-module';
import { deliverPendingMessages } from '../features/messages/subscribe-sender';

const HOUR = 3600_000;

/** The kit's own jobs: subscribe messages out of the outbox, and forgetting old requestIds. */
export const CORE_JOBS: JobDefinition[] = [
  {
    name: 'deliver-messages',
    everyMinutes: 1,
    run: async (app, at) => {
      const report = await deliverPendingMessages(app, at);
      return report.sent + report.failed + report.skipped;
    },
  },
  {
    // A retry arrives within seconds or minutes; a day later the stored answer only takes room.
    name: 'expire-idempotency-keys',
    everyMinutes: 60,
    run: async (app, at) => {
      const before = new Date(at.getTime() - app.config.idempotencyTtlHours * HOUR).toISOString();
      const r = await app.db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  },
];
