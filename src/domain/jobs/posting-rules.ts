import { addDays } from '../business-date';
import { holdsContact, type ApplicationStatus } from './application-workflow';
import type { JobsPolicy } from './jobs-policy';
import { jobsSentences } from './policy-sentences';
import type { PostingStatus } from './posting-workflow';
import type { PayUnit, PostingCategory, PostingType } from './vocabulary';

/** What an employer (or a CSV line) says about a job, before the station stores it. */
export interface PostingFields {
  title: string;
  description: string;
  category: PostingCategory;
  type: PostingType;
  /** Fen per unit. */
  pay: number;
  payUnit: PayUnit;
  /** 日结: paid at the end of each working day. */
  sameDayPay: boolean;
  place: string;
  lat: number;
  lng: number;
  headcount: number;
  requirements: { minAge: number | null; maxAge: number | null; skills: string[]; note: string };
  workDates: { from: string; to: string } | null;
  workHours: string;
  contactName: string;
  contactPhone: string;
  /** Last day (Asia/Shanghai, inclusive) the posting takes applications. */
  validThrough: string;
}

/** A mainland mobile (13800000000) or a landline with its area code (0434-4222120). */
export const CONTACT_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** Past its valid-through date (a Shanghai calendar date, inclusive): expired at once, whatever the stored status. */
export const isExpired = (validThrough: string, today: string) => today > validThrough;

/** The status a reader sees: a published posting past its date is expired before the job records it. */
export function effectiveStatus(status: PostingStatus, validThrough: string, today: string): PostingStatus {
  return status === 'published' && isExpired(validThrough, today) ? 'expired' : status;
}

/** Shown to seekers at all: reviewed, from a verified employer, still taking applications. */
export const isListed = (p: { status: PostingStatus; validThrough: string; employerVerified: boolean }, today: string) =>
  p.employerVerified && effectiveStatus(p.status, p.validThrough, today) === 'published';

/** Whether anyone but its employer and the station may open the posting: it was published once, by a verified employer. */
export const isPublic = (p: { postedAt: string | null; status: PostingStatus; employerVerified: boolean }) =>
  p.employerVerified && p.postedAt !== null && p.status !== 'pending_review' && p.status !== 'rejected';

/** Why an application is refused now, or null: the posting must be taking applications today. */
export function applyRefusal(p: { status: PostingStatus; validThrough: string; headcount: number; hired: number }, today: string): string | null {
  const status = effectiveStatus(p.status, p.validThrough, today);
  if (status === 'published' && p.hired < p.headcount) return null;
  if (status === 'filled' || status === 'published') return jobsSentences.closedBecause('filled', p.validThrough);
  if (status === 'expired' || status === 'withdrawn') return jobsSentences.closedBecause(status, p.validThrough);
  return '该岗位尚未发布';
}

/** Hires may still be recorded after the posting expired (the employer was still calling applicants), never beyond headcount. */
export const takesHires = (p: { status: PostingStatus; headcount: number; hired: number }) => (p.status === 'published' || p.status === 'expired') && p.hired < p.headcount;

export const headcountLeft = (p: { headcount: number; hired: number }) => Math.max(0, p.headcount - p.hired);

/**
 * An estimated day's pay in fen, so "sort by pay" can compare 25元/小时 with 180元/天 and
 * 4500元/月. Piece rates cannot be estimated: 0, so they sort last.
 */
export function dailyPayEstimate(pay: number, unit: PayUnit, p: Pick<JobsPolicy, 'hoursPerDay' | 'workDaysPerMonth'>): number {
  if (unit === 'hour') return pay * p.hoursPerDay;
  if (unit === 'day') return pay;
  if (unit === 'month') return Math.round(pay / p.workDaysPerMonth);
  return 0;
}

/** "18–55岁", "18岁以上", "55岁以下" or '' (no age limit). */
export function ageRangeText(minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) return `${minAge}\u2013${maxAge}岁`;
  if (minAge !== null) return `${minAge}岁以上`;
  if (maxAge !== null) return `${maxAge}岁以下`;
  return '';
}

/** The requirements in one line: "18–55岁 · 会用洗地机、有健康证 · 能吃苦". */
export function requirementsText(r: PostingFields['requirements']): string {
  return [ageRangeText(r.minAge, r.maxAge), r.skills.join('、'), r.note].filter(Boolean).join(' · ');
}

/**
 * The rules between fields that a schema cannot state, keyed by field: valid-through
 * from today up to the policy's limit, a sensible age range, work dates in order, pay
 * that is paid daily only per hour, day or piece, a place inside the service area.
 */
export function postingFieldErrors(f: PostingFields, today: string, policy: JobsPolicy): Record<string, string> {
  const errors: Record<string, string> = {};
  const latest = addDays(today, policy.maxValidDays);
  if (f.validThrough < today) errors.validThrough = '有效期不能早于今天';
  else if (f.validThrough > latest) errors.validThrough = jobsSentences.maxValidity(policy, latest);
  const { minAge, maxAge } = f.requirements;
  if (minAge !== null && minAge < policy.minWorkingAge) errors['requirements.minAge'] = jobsSentences.minAge(policy);
  if (maxAge !== null && maxAge < policy.minWorkingAge) errors['requirements.maxAge'] = jobsSentences.minAge(policy);
  if (minAge !== null && maxAge !== null && minAge > maxAge) errors['requirements.maxAge'] = '最大年龄不能小于最小年龄';
  if (f.workDates && f.workDates.from > f.workDates.to) errors['workDates.to'] = '结束日期不能早于开始日期';
  if (f.sameDayPay && f.payUnit === 'month') errors.sameDayPay = '按月计薪的岗位不能标为日结';
  if (f.pay <= 0) errors.pay = '请填写薪酬';
  const area = policy.serviceArea;
  if (f.lat < area.minLat || f.lat > area.maxLat || f.lng < area.minLng || f.lng > area.maxLng) errors.lat = '工作地点坐标不在服务范围内，请检查经纬度是否填反';
  if (!CONTACT_PHONE.test(f.contactPhone)) errors.contactPhone = '请填写11位手机号或带区号的固定电话';
  return errors;
}

/** Who sees the employer's contact: the employer itself, station staff, and a seeker whose application is live. */
export function seesContact(viewer: { ownsPosting: boolean; isStationStaff: boolean; applicationStatuses: ApplicationStatus[] }): boolean {
  return viewer.ownsPosting || viewer.isStationStaff || viewer.applicationStatuses.some(holdsContact);
}
