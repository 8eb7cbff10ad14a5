import { businessDate } from '../../src/domain/business-date';
import { defineServiceModule } from '../../server/core/service-module';
import { clinicMigrations } from '../../server/features/clinic/clinic-migrations';
import { ensureClinicSchedules } from '../../server/features/clinic/demo-schedules';
import { seedClinicDemo, seedClinicReference } from '../../server/features/clinic/seed-clinic';
import { clinicActions } from './actions';

/** 暖心就医: clinic booking with the three-day free revisit, 义诊, the hospital desk and its figures. */
export const clinicModule = defineServiceModule({
  name: 'clinic',
  actions: clinicActions,
  migrations: clinicMigrations,
  seedReference: seedClinicReference,
  seedDemo: seedClinicDemo,
  jobs: [
    {
      // The development stand-in for the hospitals' own publishing: keep the booking window filled.
      name: 'clinic-demo-schedules',
      everyMinutes: 60,
      demoOnly: true,
      run: (app, at) => ensureClinicSchedules(app.db, businessDate(at), app.config.clinic.bookingDaysAhead + 1, at),
    },
  ],
  memberHistory: [
    { table: 'registrations', memberColumn: 'member_id' },
    { table: 'free_clinic_signups', memberColumn: 'member_id' },
  ],
});
