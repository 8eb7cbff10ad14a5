import { cloudMain } from '../../server/host/cloud-main';
import { jobsModule } from './module';

/** WeChat cloud function entry: `exports.main(event, context)`. */
export const main = cloudMain(jobsModule);
