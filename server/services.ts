import { accountModule } from '../cloudfunctions/account/module';
import { canteenModule } from '../cloudfunctions/canteen/module';
import { clinicModule } from '../cloudfunctions/clinic/module';
import { filesModule } from '../cloudfunctions/files/module';
import { heatingModule } from '../cloudfunctions/heating/module';
import { jobsModule } from '../cloudfunctions/jobs/module';
import type { ServiceModule } from './core/service-module';
import { placesModule } from './features/places/places-module';

/**
 * Every service the hosts know, in one list: the one place a new service registers on the
 * server (its actions, migrations, reference and demo data, jobs, member history and
 * attachment access all come with its module).
 */
export const SERVICE_MODULES: ServiceModule[] = [accountModule, placesModule, filesModule, clinicModule, heatingModule, canteenModule, jobsModule];
