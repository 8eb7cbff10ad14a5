import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './categories';
import type { ComplaintStatus, DispatcherMove } from './complaint-workflow';
import { HOUR_MS, plusHours, type HeatingPolicy } from './heating-policy';

/** A resident's own reading may be taken up to this long before sending (and a few minutes "ahead" for clock skew). */
export const READING_MAX_AGE_HOURS = 72;

/**
 * What one complaint may carry, checked by the function's schema and previewed by the form:
 * readings a household thermometer shows (5.0–30.0 ℃ in tenths), how many readings and
 * photos, and how long the resident's texts may be.
 */
export const COMPLAINT_LIMITS = {
  readingCelsius: { min: 5, max: 30 },
  /** The crew's thermometer on site: a flat without heat may be colder than any resident reading. */
  measuredCelsius: { min: -10, max: 40 },
  readings: 6,
  photos: 3,
  description: 500,
  /** The resident's reason to reopen, and the comment with a rating. */
  reopenReason: 200,
  ratingComment: 300,
} as const;
const CLOCK_SKEW_MS = 5 * 60_000;

export interface Reading {
  celsius: number;
  at: string;
}

type FieldErrors = Record<string, string>;

/** Whether a number is given in whole tenths (18.3, not 18.25): thermometers read to 0.1 ℃. */
export const inTenths = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-6;

/** The resident's readings: one at least for heat problems, each taken recently and not in the future. */
export function readingErrors(readings: Reading[], category: ComplaintCategory, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  if (COMPLAINT_CATEGORIES[category].needsReading && readings.length === 0) errors.readings = '请至少填写一次自测室温';
  readings.forEach((r, i) => {
    const at = new Date(r.at).getTime();
    if (at > now.getTime() + CLOCK_SKEW_MS) errors[`readings.${i}.at`] = '测温时间不能晚于现在';
    else if (at < now.getTime() - READING_MAX_AGE_HOURS * HOUR_MS) errors[`readings.${i}.at`] = `请填写最近${READING_MAX_AGE_HOURS / 24}天内的测温`;
  });
  return errors;
}

export interface MoveInput {
  note?: string;
  measuredCelsius?: number;
  measuredAt?: string;
  crew?: { name: string; phone: string };
}

/** What each dispatcher move needs: a reason to refuse, a crew to dispatch, a measured temperature, a result to resolve. */
export function moveInputErrors(to: DispatcherMove, input: MoveInput, context: { submittedAt: string; now: Date }): FieldErrors {
  const errors: FieldErrors = {};
  if (to === 'rejected' && !input.note) errors.note = '请写明不予受理的原因';
  if (to === 'resolved' && !input.note) errors.note = '请写明处理结果';
  if (to === 'dispatched' && !input.crew) errors.crew = '请填写维修人员姓名和电话';
  if (to !== 'dispatched' && input.crew) errors.crew = '仅派单时填写维修人员';
  if (to === 'measured') {
    if (input.measuredCelsius === undefined) errors.measuredCelsius = '请填写上门实测室温';
    if (input.measuredAt) {
      const at = new Date(input.measuredAt).getTime();
      if (at > context.now.getTime() + CLOCK_SKEW_MS) errors.measuredAt = '测温时间不能晚于现在';
      else if (at < new Date(context.submittedAt).getTime()) errors.measuredAt = '测温时间不能早于反映时间';
    }
  } else {
    if (input.measuredCelsius !== undefined) errors.measuredCelsius = '仅上门测温时填写实测室温';
    if (input.measuredAt !== undefined) errors.measuredAt = '仅上门测温时填写测温时间';
  }
  return errors;
}

/** The last instant a resolved complaint may be reopened. */
export const reopenUntil = (resolvedAt: string, policy: Pick<HeatingPolicy, 'reopenDays'>) => plusHours(resolvedAt, policy.reopenDays * 24);

/** Why the resident may not reopen now, or null: only from 已处理/已办结, and only within the window after 已处理. */
export function reopenRefusal(c: { status: ComplaintStatus; resolvedAt: string | null }, now: Date, policy: Pick<HeatingPolicy, 'reopenDays'>): 'status' | 'window' | null {
  if ((c.status !== 'resolved' && c.status !== 'closed') || !c.resolvedAt) return 'status';
  return now.getTime() > new Date(reopenUntil(c.resolvedAt, policy)).getTime() ? 'window' : null;
}

/** When a resolved complaint closes by itself if the resident neither confirms nor reopens. */
export const autoCloseAt = (resolvedAt: string, policy: Pick<HeatingPolicy, 'autoCloseHours'>) => plusHours(resolvedAt, policy.autoCloseHours);

/** The resident rates the result once there is one: handled, closed or refused. */
export const canRate = (status: ComplaintStatus) => status === 'resolved' || status === 'closed' || status === 'rejected';
