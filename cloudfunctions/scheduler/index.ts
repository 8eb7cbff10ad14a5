import { schedulerMain } from '../../server/host/scheduler-main';

/** WeChat cloud function entry for the timer trigger in config.json: runs the due scheduled jobs. */
export const main = schedulerMain();
