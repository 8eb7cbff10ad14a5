import { hasRole } from '../../server/core/action';
import { defineServiceModule } from '../../server/core/service-module';
import { COMPLAINT_ATTACHMENT, heatingRepository } from '../../server/features/heating/heating-repository';
import { HEATING_JOBS } from '../../server/features/heating/heating-jobs';
import { heatingMigrations } from '../../server/features/heating/heating-migrations';
import { OPEN311_ROUTES } from '../../server/features/heating/heating-open311';
import { seedHeatingDemo, seedHeatingReference } from '../../server/features/heating/seed-heating';
import { heatingActions } from './actions';

/** 温暖供热: heating complaints from the resident's reading to the crew's measurement, with time limits, station incidents, figures and Open311. */
export const heatingModule = defineServiceModule({
  name: 'heating',
  actions: heatingActions,
  sealedColumns: [
    { table: 'heating_complaints', column: 'phone_enc' },
    { table: 'heating_complaints', column: 'crew_phone_enc' },
  ],
  migrations: heatingMigrations,
  seedReference: seedHeatingReference,
  seedDemo: seedHeatingDemo,
  jobs: HEATING_JOBS,
  attachments: {
    // Photos of a complaint: its resident (the uploader), the company's dispatchers, county officials.
    [COMPLAINT_ATTACHMENT]: async (db, identity, recordId) => {
      const companyId = await heatingRepository(db).companyOf(recordId);
      return companyId !== null && (hasRole(identity, 'heating_dispatcher', companyId) || hasRole(identity, 'official'));
    },
  },
  httpRoutes: OPEN311_ROUTES,
});
