import { defineServiceModule } from '../../server/core/service-module';
import { jobsMigrations } from '../../server/features/gig-jobs/jobs-migrations';
import { jobPostingJsonLdRoute } from '../../server/features/gig-jobs/posting-json-ld';
import { JOBS_SCHEDULED } from '../../server/features/gig-jobs/scheduled-jobs';
import { seedJobsDemo, seedJobsReference } from '../../server/features/gig-jobs/seed-jobs';
import { jobsActions } from './actions';

/**
 * 零工驿站: reviewed postings of verified employers, fast search, applications, 求职登记,
 * training classes and job fairs, the station's figures, and each published posting as
 * schema.org JobPosting JSON-LD.
 */
export const jobsModule = defineServiceModule({
  name: 'jobs',
  actions: jobsActions,
  sealedColumns: [
    { table: 'employers', column: 'contact_phone_enc' },
    { table: 'job_postings', column: 'contact_phone_enc' },
  ],
  migrations: jobsMigrations,
  seedReference: seedJobsReference,
  seedDemo: seedJobsDemo,
  jobs: JOBS_SCHEDULED,
  memberHistory: [
    { table: 'job_applications', memberColumn: 'member_id' },
    { table: 'job_event_enrollments', memberColumn: 'member_id' },
  ],
  httpRoutes: [jobPostingJsonLdRoute],
});
