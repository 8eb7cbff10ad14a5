import { addDays, startOfBusinessDate } from '../business-date';
import type { CanteenPolicy } from './canteen-policy';

type CutoffPolicy = Pick<CanteenPolicy, 'orderCutoffDaysBefore' | 'orderCutoffTime'>;

/** The China date on which orders for a meal on `mealDate` close (default: the day before). */
export const cutoffDate = (mealDate: string, policy: CutoffPolicy) => addDays(mealDate, -policy.orderCutoffDaysBefore);

/**
 * The instant orders (and cancellations) for a meal on `mealDate` close: by default 20:00
 * China time the day before, whatever the server's zone.
 */
export function orderCutoff(mealDate: string, policy: CutoffPolicy): Date {
  const [hours, minutes] = policy.orderCutoffTime.split(':').map(Number);
  return new Date(startOfBusinessDate(cutoffDate(mealDate, policy)).getTime() + (hours * 60 + minutes) * 60_000);
}

/** Ordering and cancelling are open strictly before the cutoff: at 20:00:00 they are closed. */
export const isBeforeCutoff = (now: Date, mealDate: string, policy: CutoffPolicy) => now.getTime() < orderCutoff(mealDate, policy).getTime();
