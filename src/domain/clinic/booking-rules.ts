import { addDays, businessDate, datesFrom, shanghaiInstant, shanghaiTime, startOfBusinessDate } from '../business-date';
import type { ClinicPolicy } from './clinic-policy';
import { registrationWorkflow, type RegistrationStatus } from './registration-workflow';

/**
 * The dates open for booking now: today through today + N − 1, and today + N once that
 * day's release time has passed.
 */
export function bookableDates(now: Date, policy: Pick<ClinicPolicy, 'bookingDaysAhead' | 'releaseTime'>): string[] {
  const today = businessDate(now);
  const lastDay = shanghaiTime(now) >= policy.releaseTime ? policy.bookingDaysAhead : policy.bookingDaysAhead - 1;
  return datesFrom(today, lastDay + 1);
}

export type SegmentBookability = 'open' | 'past' | 'not_released' | 'closed' | 'full';

/** Whether a segment can take a booking now: released, not yet over, open, with room. */
export function segmentBookability(
  segment: { date: string; end: string; status: string; capacity: number; booked: number },
  now: Date,
  policy: Pick<ClinicPolicy, 'bookingDaysAhead' | 'releaseTime'>,
): SegmentBookability {
  if (segment.status !== 'open') return 'closed';
  if (shanghaiInstant(segment.date, segment.end).getTime() <= now.getTime()) return 'past';
  if (!bookableDates(now, policy).includes(segment.date)) return segment.date < businessDate(now) ? 'past' : 'not_released';
  if (segment.booked >= segment.capacity) return 'full';
  return 'open';
}

/** Free cancellation until 00:00 (Shanghai) of the visit day; after that a missed visit is a no-show. */
export function canCancelFree(visitDate: string, now: Date): boolean {
  return now.getTime() < startOfBusinessDate(visitDate).getTime();
}

/**
 * Three no-shows within 90 days suspend booking for 30 days from the third. Returns the
 * last suspended date, or null when booking is allowed today.
 */
export function suspendedUntil(
  noShowDates: string[],
  today: string,
  policy: Pick<ClinicPolicy, 'noShowLimit' | 'noShowWindowDays' | 'suspensionDays'>,
): string | null {
  const dates = [...noShowDates].sort();
  let until: string | null = null;
  for (let i = policy.noShowLimit - 1; i < dates.length; i += 1) {
    const first = dates[i - policy.noShowLimit + 1];
    if (first > addDays(dates[i], -policy.noShowWindowDays)) {
      const end = addDays(dates[i], policy.suspensionDays);
      if (!until || end > until) until = end;
    }
  }
  return until && until >= today ? until : null;
}

export const canTransition = (from: RegistrationStatus, to: RegistrationStatus): boolean => registrationWorkflow.canTransition(from, to);

export const isActive = (status: RegistrationStatus) => registrationWorkflow.isActive(status);

export interface SameDepartmentRegistration {
  id: string;
  visitDate: string;
}

/**
 * One active registration per person per department per day (configurable). The only
 * exception is one declared revisit on the visit day of that day's own anchor (back the
 * same day with test results): then the anchor may be the only other one there.
 */
export function breaksDepartmentDayLimit(input: {
  /** The person's active registrations in this department on the visit day. */
  sameDepartment: SameDepartmentRegistration[];
  date: string;
  revisitOf: { id: string; visitDate: string } | null;
  perDepartmentPerDay: number;
}): boolean {
  if (input.sameDepartment.length < input.perDepartmentPerDay) return false;
  const anchor = input.revisitOf;
  const sameDayRevisit = anchor !== null && anchor.visitDate === input.date && input.sameDepartment.every((r) => r.id === anchor.id);
  return !sameDayRevisit;
}

export type DeskMove = 'arrived' | 'fulfilled' | 'noshow';

/**
 * What the registration desk may record now: arrival only on the visit day; a no-show
 * only once the segment has ended (a no-show suspends the patient, so never early);
 * fulfilled after arrival.
 */
export function deskMoveRefusal(registration: { status: RegistrationStatus; visitDate: string; segmentEnd: string }, to: DeskMove, now: Date): string | null {
  if (!registrationWorkflow.canTransition(registration.status, to)) {
    return `当前状态（${registrationWorkflow.label(registration.status)}）不能标记为${registrationWorkflow.label(to)}`;
  }
  if (to === 'arrived' && registration.visitDate !== businessDate(now)) return '只能在就诊当天标记到诊';
  if (to === 'noshow' && now.getTime() < shanghaiInstant(registration.visitDate, registration.segmentEnd).getTime()) {
    return `该时段${registration.segmentEnd}结束后才能标记爽约`;
  }
  return null;
}

export const deskMoves = (registration: { status: RegistrationStatus; visitDate: string; segmentEnd: string }, now: Date): DeskMove[] =>
  (['arrived', 'fulfilled', 'noshow'] as const).filter((to) => deskMoveRefusal(registration, to, now) === null);
