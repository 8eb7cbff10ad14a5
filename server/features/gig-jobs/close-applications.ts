import { applicationWorkflow } from '../../../src/domain/jobs/application-workflow';
import type { Outbox } from '../messages/outbox';
import type { StatusStore } from '../../db/status-store';
import type { ApplicationRepository } from './application-repository';
import { JOBS_PAGES } from './jobs-pages';

/**
 * When a posting stops hiring (filled or withdrawn), the applications still waiting are
 * declined, each seeker told why, in the same transaction: nobody waits for a call that
 * will not come.
 */
export async function declineOpenApplications(
  deps: { applications: ApplicationRepository; statuses: StatusStore; outbox: Outbox; now: Date },
  posting: { id: string; title: string },
  why: string,
  actor: { accountId: string | null; role: string },
): Promise<number> {
  const at = deps.now.toISOString();
  let declined = 0;
  for (const a of await deps.applications.openOfPosting(posting.id)) {
    if (!(await deps.statuses.move(applicationWorkflow, { table: 'job_applications', id: a.id, from: a.status, to: 'declined', actor, at, note: why }))) continue;
    declined += 1;
    await deps.outbox.enqueue({
      accountId: a.account_id,
      kind: 'job_application_declined',
      title: '报名结果通知',
      body: `${a.member_name}报名的「${posting.title}」${why}，本次未录用。`,
      page: JOBS_PAGES.myApplications,
      now: deps.now,
    });
  }
  return declined;
}
