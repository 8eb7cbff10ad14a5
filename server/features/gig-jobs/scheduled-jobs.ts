import type { App } from '../../app';
import { businessDate } from '../../../src/domain/business-date';
import type { JobDefinition } from '../../core/service-module';
import { jobsSentences } from '../../../src/domain/jobs/policy-sentences';
import { postingWorkflow } from '../../../src/domain/jobs/posting-workflow';
import { lockKey } from '../../db/locks';
import { statusStore } from '../../db/status-store';
import { inTransaction } from '../../db/transaction';
import { outbox } from '../messages/outbox';
import { eventRepository } from './event-repository';
import { JOBS_PAGES } from './jobs-pages';
import { whenText } from './jobs-views';
import { postingRepository } from './posting-repository';
import { postingLock } from './posting-service';

const BATCH = 500;

/**
 * Records what search already shows: a published posting past its valid-through date
 * (a Shanghai date) is expired. Conditional moves, so a second run changes nothing.
 */
export async function expirePostings(app: App, at: Date): Promise<number> {
  const today = businessDate(at);
  let changed = 0;
  for (;;) {
    const { moved, seen } = await inTransaction(app.db, async (trx) => {
      const due = await postingRepository(trx).pastValidity(today, BATCH);
      let n = 0;
      for (const p of due) {
        // The same lock as hires and closures: a hire never races the move.
        await lockKey(trx, postingLock(p.id));
        const ok = await statusStore(trx).move(postingWorkflow, {
          table: 'job_postings',
          id: p.id,
          from: 'published',
          to: 'expired',
          actor: { accountId: null, role: 'system' },
          at: at.toISOString(),
          note: `${jobsSentences.validThrough(p.valid_through)}，已到期`,
        });
        if (ok) n += 1;
      }
      return { moved: n, seen: due.length };
    });
    changed += moved;
    if (seen < BATCH) return changed;
  }
}

/** One reminder per enrolment, when its class or fair starts within the policy's hours. */
export async function remindEnrolled(app: App, at: Date): Promise<number> {
  const until = new Date(at.getTime() + app.config.jobs.reminderHoursBefore * 3600_000).toISOString();
  return inTransaction(app.db, async (trx) => {
    const events = eventRepository(trx);
    let sent = 0;
    for (const r of await events.dueReminders(at.toISOString(), until, BATCH)) {
      if (!(await events.markReminded(r.id, at.toISOString()))) continue;
      await outbox(trx).enqueue({
        accountId: r.account_id,
        kind: 'job_event_reminder',
        title: r.kind === 'fair' ? '招聘会提醒' : '培训开课提醒',
        body: `${r.member_name}报名的「${r.title}」将于${whenText(r.starts_at)}开始，地点：${r.place}。`,
        page: JOBS_PAGES.events,
        now: at,
      });
      sent += 1;
    }
    return sent;
  });
}

export const JOBS_SCHEDULED: JobDefinition[] = [
  { name: 'jobs-expire-postings', everyMinutes: 10, run: expirePostings },
  { name: 'jobs-event-reminders', everyMinutes: 15, run: remindEnrolled },
];
