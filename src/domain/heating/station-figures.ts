import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './categories';
import { complaintWorkflow, type ComplaintStatus } from './complaint-workflow';
import { deadlinesOf, isOverdue, pendingDeadline } from './deadlines';
import type { HeatingPolicy } from './heating-policy';

/** What the figures need of one complaint: when each step first happened, and the rating. */
export interface ComplaintFacts {
  stationId: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  submittedAt: string;
  reopenedAt: string | null;
  acceptedAt: string | null;
  firstMeasuredAt: string | null;
  firstResolvedAt: string | null;
  ratingScore: number | null;
}

export interface StationFigures {
  stationId: string;
  stationName: string;
  complaints: number;
  /** Median minutes from submission to the first on-site measurement; null before any. */
  medianMinutesToMeasurement: number | null;
  /** Share (0–1) measured within the measuring limit (default 24 h), of complaints whose limit has come; null when none has. */
  measuredWithin24hShare: number | null;
  /** Share (0–1) accepted within the accepting limit (default 2 h). */
  acceptedWithin2hShare: number | null;
  /** Share (0–1) of outages (不热停热) repaired within the repair limit (default 48 h). */
  resolvedInTimeShare: number | null;
  /** Mean rating 1–5, one decimal; null before any. */
  averageRating: number | null;
  ratings: number;
  /** Open complaints past their running deadline now (督办). */
  overdue: number;
}

const ms = (iso: string) => new Date(iso).getTime();

const share = (hits: number, of: number) => (of === 0 ? null : Math.round((hits / of) * 1000) / 1000);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Whether a step was done in time, for a complaint whose limit has come (done, or the limit
 * passed): null while the step is still within its limit, so young complaints never count
 * against a station. Refused complaints (不予受理) are left out of every time share.
 */
function inTime(doneAt: string | null, by: string, now: Date): boolean | null {
  if (doneAt) return ms(doneAt) <= ms(by);
  return ms(by) < now.getTime() ? false : null;
}

function tally(values: Array<boolean | null>) {
  const counted = values.filter((v): v is boolean => v !== null);
  return share(counted.filter(Boolean).length, counted.length);
}

/** Figures per station (domain.md §2): complaints, median time to measurement, shares done in time, ratings, overdue now. */
export function stationFigures(stations: Array<{ id: string; name: string }>, complaints: ComplaintFacts[], now: Date, policy: HeatingPolicy): StationFigures[] {
  return stations.map((station) => {
    const own = complaints.filter((c) => c.stationId === station.id);
    const timed = own.filter((c) => c.status !== 'rejected');
    // Time shares hold the company to the first promise made on submission.
    const first = (c: ComplaintFacts) => deadlinesOf({ category: c.category, submittedAt: c.submittedAt, reopenedAt: null }, policy);
    const scores = own.map((c) => c.ratingScore).filter((s): s is number => s !== null);
    const minutes = own.filter((c) => c.firstMeasuredAt).map((c) => Math.round((ms(c.firstMeasuredAt!) - ms(c.submittedAt)) / 60_000));
    const med = median(minutes);
    return {
      stationId: station.id,
      stationName: station.name,
      complaints: own.length,
      medianMinutesToMeasurement: med === null ? null : Math.round(med),
      measuredWithin24hShare: tally(timed.map((c) => inTime(c.firstMeasuredAt, first(c).measureBy, now))),
      acceptedWithin2hShare: tally(timed.map((c) => inTime(c.acceptedAt, first(c).acceptBy, now))),
      resolvedInTimeShare: tally(timed.filter((c) => COMPLAINT_CATEGORIES[c.category].repairDeadline).map((c) => inTime(c.firstResolvedAt, first(c).resolveBy!, now))),
      averageRating: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
      ratings: scores.length,
      overdue: own.filter((c) => isOverdue(pendingDeadline(c.status, deadlinesOf(c, policy)), now)).length,
    };
  });
}

/** Complaints per status, every status present (0 where none). */
export function countByStatus(complaints: Array<{ status: ComplaintStatus }>): Record<ComplaintStatus, number> {
  const counts = Object.fromEntries(complaintWorkflow.statuses.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  for (const c of complaints) counts[c.status] += 1;
  return counts;
}
