import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './categories';
import type { ComplaintStatus } from './complaint-workflow';
import { plusHours, type HeatingPolicy } from './heating-policy';

export type DeadlineKind = 'accept' | 'measure' | 'resolve';

export interface ComplaintDeadlines {
  acceptBy: string;
  measureBy: string;
  /** Only an outage (不热停热) carries a repair deadline. */
  resolveBy: string | null;
}

export interface PendingDeadline {
  kind: DeadlineKind;
  by: string;
}

export const DEADLINE_LABELS: Record<DeadlineKind, { step: string; overdue: string }> = {
  accept: { step: '受理', overdue: '超时未受理' },
  measure: { step: '上门测温', overdue: '超时未上门测温' },
  resolve: { step: '修复', overdue: '超时未修复' },
};

/**
 * The time limits of one complaint: accepted within `acceptHours` of submission, measured
 * within `measureHours` and an outage repaired within `resolveHours`. A reopened complaint
 * starts the measuring and repair clocks again from the moment it was reopened.
 */
export function deadlinesOf(c: { category: ComplaintCategory; submittedAt: string; reopenedAt: string | null }, policy: HeatingPolicy): ComplaintDeadlines {
  const from = c.reopenedAt ?? c.submittedAt;
  return {
    acceptBy: plusHours(c.submittedAt, policy.acceptHours),
    measureBy: plusHours(from, policy.measureHours),
    resolveBy: COMPLAINT_CATEGORIES[c.category].repairDeadline ? plusHours(from, policy.resolveHours) : null,
  };
}

/**
 * The deadline running now: the one of the step the company owes next. A complaint waiting
 * for the resident (已处理) or finished has none.
 */
export function pendingDeadline(status: ComplaintStatus, deadlines: ComplaintDeadlines): PendingDeadline | null {
  switch (status) {
    case 'submitted':
      return { kind: 'accept', by: deadlines.acceptBy };
    case 'accepted':
    case 'dispatched':
    case 'reopened':
      return { kind: 'measure', by: deadlines.measureBy };
    case 'measured':
      return deadlines.resolveBy ? { kind: 'resolve', by: deadlines.resolveBy } : null;
    default:
      return null;
  }
}

/** Past its running deadline (督办). */
export const isOverdue = (pending: PendingDeadline | null, now: Date) => pending !== null && new Date(pending.by).getTime() < now.getTime();
