import { cloudMain } from '../../server/host/cloud-main';

/** WeChat cloud function entry: `exports.main(event, context)`. */
export const main = cloudMain('clinic');
