import type { App } from '../../app';
import type { JobDefinition } from '../../core/service-module';
import { complaintWorkflow } from '../../../src/domain/heating/complaint-workflow';
import type { DeadlineKind } from '../../../src/domain/heating/deadlines';
import { HOUR_MS } from '../../../src/domain/heating/heating-policy';
import { statusStore } from '../../db/status-store';
import { inTransaction } from '../../db/transaction';
import { outbox } from '../messages/outbox';
import { heatingRepository } from './heating-repository';
import { complaintPage, deskPage, overdueNotice, residentNotice } from './heating-notices';
import { dueColumns } from './heating-views';

/**
 * 督办: every open complaint past its running deadline is flagged once per deadline, and
 * each dispatcher of its company is told, in the same transaction as the flag. The flag's
 * key (complaint, deadline kind, deadline instant) makes a second run, or two schedulers
 * at once, change nothing.
 */
export async function flagOverdueComplaints(app: App, at: Date): Promise<number> {
  const candidates = await heatingRepository(app.db).overdue(at.toISOString());
  let changed = 0;
  for (const c of candidates) {
    if (!c.due_kind || !c.due_at) continue;
    const pending = { kind: c.due_kind as DeadlineKind, by: c.due_at };
    const flagged = await inTransaction(app.db, async (trx) => {
      const heating = heatingRepository(trx);
      // A dispatcher may have acted since the list was read: tell nobody about a deadline met.
      if (!(await heating.stillDue(c.id, pending.kind, pending.by))) return false;
      if (!(await heating.addReminder({ complaint_id: c.id, kind: pending.kind, due_at: pending.by, created_at: at.toISOString() }))) return false;
      const box = outbox(trx);
      for (const accountId of await heating.dispatcherAccounts(c.company_id)) {
        await box.enqueue({ accountId, ...overdueNotice(c, pending), page: deskPage(c.id), now: at });
      }
      return true;
    });
    if (flagged) changed += 1;
  }
  return changed;
}

/**
 * 超时自动办结: a complaint left at 已处理 for `autoCloseHours` without the resident
 * confirming or reopening closes by itself. The move is conditional on the status, so a
 * resident confirming or reopening at the same moment wins or loses cleanly.
 */
export async function autoCloseResolved(app: App, at: Date): Promise<number> {
  const policy = app.config.heating;
  const before = new Date(at.getTime() - policy.autoCloseHours * HOUR_MS).toISOString();
  const candidates = await heatingRepository(app.db).resolvedBefore(before);
  let changed = 0;
  for (const c of candidates) {
    const closed = await inTransaction(app.db, async (trx) => {
      const moved = await statusStore(trx).move(complaintWorkflow, {
        table: 'heating_complaints',
        id: c.id,
        from: 'resolved',
        to: 'closed',
        actor: { accountId: null, role: 'system' },
        at: at.toISOString(),
        note: '超时自动办结',
        changes: { closed_at: at.toISOString(), ...dueColumns(c, 'closed', policy) },
      });
      if (!moved) return false;
      await outbox(trx).enqueue({ accountId: c.account_id, ...residentNotice(c, 'closed', { pending: null, automatic: true, policy }), page: complaintPage(c.id), now: at });
      return true;
    });
    if (closed) changed += 1;
  }
  return changed;
}

export const HEATING_JOBS: JobDefinition[] = [
  { name: 'heating-flag-overdue', everyMinutes: 5, run: flagOverdueComplaints },
  { name: 'heating-auto-close', everyMinutes: 15, run: autoCloseResolved },
];
