import { cloudMain } from '../../server/host/cloud-main';
import { heatingModule } from './module';

/** WeChat cloud function entry: `exports.main(event, context)`. */
export const main = cloudMain(heatingModule);
