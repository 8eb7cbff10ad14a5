import { applicationWorkflow, employerMovesFrom, seekerMayWithdraw, type ApplicationStatus } from '../../../src/domain/jobs/application-workflow';
import type {
  ApplicantView,
  ApplicationView,
  EmployerView,
  JobEvent,
  ManagedPosting,
  MyApplicationRef,
  PostingCard,
  PostingContact,
  PostingView,
  SeekerRegistration,
} from '../../../src/domain/jobs/contract';
import { haversineKm, roundKm, type Point } from '../../../src/domain/jobs/geo';
import { jobsSentences } from '../../../src/domain/jobs/policy-sentences';
import { applyRefusal, effectiveStatus, headcountLeft, requirementsText } from '../../../src/domain/jobs/posting-rules';
import { postingWorkflow } from '../../../src/domain/jobs/posting-workflow';
import { CATEGORIES, EVENT_KINDS, POSTING_TYPES, type EventKind, type PayUnit, type PostingCategory, type PostingType, payText } from '../../../src/domain/jobs/vocabulary';
import { dateRange, monthDay, weekday } from '../../../src/domain/date-wording';
import { businessDate, shanghaiTime } from '../../../src/domain/business-date';
import { maskPhone } from '../../../src/domain/masking';
import { ageOn } from '../../../src/domain/resident-id';
import type { TimelineEntry } from '../../../src/domain/workflow';
import type { Vault } from '../../core/personal-data';
import type { EmployerTable, JobEventTable, JobSeekerTable } from '../../db/schema';
import type { ApplicantRow, ApplicationRow } from './application-repository';
import type { PostingRow } from './posting-repository';

/** The columns a card needs, as search and the posting table both carry them. */
export interface CardSource {
  id: string;
  title: string;
  employer_name: string;
  category: string;
  type: string;
  pay: number;
  pay_unit: string;
  same_day_pay: number;
  place: string;
  lat: number;
  lng: number;
  headcount: number;
  hired: number;
  valid_through: string;
  posted_at: string | null;
}

export function toCard(r: CardSource, from?: Point): PostingCard {
  const category = r.category as PostingCategory;
  const type = r.type as PostingType;
  const payUnit = r.pay_unit as PayUnit;
  return {
    id: r.id,
    title: r.title,
    employerName: r.employer_name,
    category,
    categoryLabel: CATEGORIES[category] ?? category,
    type,
    typeLabel: POSTING_TYPES[type] ?? type,
    pay: r.pay,
    payUnit,
    sameDayPay: r.same_day_pay === 1,
    payText: payText(r.pay, payUnit, r.same_day_pay === 1),
    place: r.place,
    distanceKm: from ? roundKm(haversineKm(from, { lat: r.lat, lng: r.lng })) : null,
    headcount: r.headcount,
    headcountLeft: headcountLeft(r),
    validThrough: r.valid_through,
    validThroughText: jobsSentences.validThrough(r.valid_through),
    postedAt: r.posted_at,
  };
}

export const parseSkills = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
};

/** Who is looking at a posting, as far as its view depends on it. */
export interface PostingViewer {
  ownsPosting: boolean;
  isStationStaff: boolean;
  /** The caller's own applications to this posting. */
  applications: MyApplicationRef[];
  /** The contact, when the viewer may see it (decided by the service). */
  contact: PostingContact | null;
}

export const toApplicationRef = (a: ApplicationRow): MyApplicationRef => ({
  applicationId: a.id,
  memberId: a.member_id,
  memberName: a.member_name,
  status: a.status,
  statusLabel: applicationWorkflow.label(a.status),
});

export function toPostingView(r: PostingRow, viewer: PostingViewer, today: string): PostingView {
  const status = effectiveStatus(r.status, r.valid_through, today);
  const requirements = { minAge: r.min_age, maxAge: r.max_age, skills: parseSkills(r.skills), note: r.requirements_note };
  const refusal = applyRefusal({ status: r.status, validThrough: r.valid_through, headcount: r.headcount, hired: r.hired }, today);
  const manages = viewer.ownsPosting || viewer.isStationStaff;
  return {
    ...toCard(r),
    status,
    statusLabel: postingWorkflow.label(status),
    statusTone: postingWorkflow.tone(status),
    description: r.description,
    requirements: { ...requirements, text: requirementsText(requirements) },
    workDates: r.work_from && r.work_to ? { from: r.work_from, to: r.work_to } : null,
    workDatesText: r.work_from && r.work_to ? dateRange(r.work_from, r.work_to) : '',
    workHours: r.work_hours,
    lat: r.lat,
    lng: r.lng,
    contact: viewer.contact,
    applied: viewer.applications.some((a) => applicationWorkflow.isActive(a.status)),
    myApplications: viewer.applications,
    canApply: refusal === null && r.employer_verified === 1,
    closedReason: refusal,
    employer: { id: r.employer_id, name: r.employer_name, verified: r.employer_verified === 1 },
    rejectionReason: manages ? r.rejection_reason : null,
    source: r.source === 'import' ? 'import' : 'employer',
  };
}

const ALL_APPLICATION_STATUSES = applicationWorkflow.statuses;

export function toManagedPosting(r: PostingRow, viewer: PostingViewer, today: string, counts: Partial<Record<ApplicationStatus, number>>, timeline: TimelineEntry[]): ManagedPosting {
  const view = toPostingView(r, viewer, today);
  const byStatus = Object.fromEntries(ALL_APPLICATION_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<ApplicationStatus, number>;
  const closeOptions = (['filled', 'withdrawn'] as const).filter((to) => postingWorkflow.canTransition(r.status, to));
  return {
    ...view,
    applicantCount: ALL_APPLICATION_STATUSES.filter((s) => s !== 'withdrawn').reduce((sum, s) => sum + byStatus[s], 0),
    applicantsByStatus: byStatus,
    hired: r.hired,
    closeOptions,
    timeline,
    createdAt: r.created_at,
  };
}

export function toApplicationView(a: ApplicationRow, posting: PostingRow, today: string, contact: PostingContact | null, timeline: TimelineEntry[]): ApplicationView {
  const status = effectiveStatus(posting.status, posting.valid_through, today);
  return {
    id: a.id,
    postingId: a.posting_id,
    memberId: a.member_id,
    memberName: a.member_name,
    status: a.status,
    statusLabel: applicationWorkflow.label(a.status),
    statusTone: applicationWorkflow.tone(a.status),
    appliedAt: a.created_at,
    updatedAt: a.updated_at,
    canWithdraw: seekerMayWithdraw(a.status),
    posting: { ...toCard(posting), status, statusLabel: postingWorkflow.label(status) },
    contact,
    timeline,
  };
}

export const toRegistration = (r: JobSeekerTable & { member_name: string }): SeekerRegistration => {
  const categories = r.categories ? (r.categories.split(',') as PostingCategory[]) : [];
  return {
    memberId: r.member_id,
    memberName: r.member_name,
    skills: parseSkills(r.skills),
    categories,
    categoryLabels: categories.map((c) => CATEGORIES[c] ?? c),
    availability: r.availability,
    area: r.area,
    updatedAt: r.updated_at,
  };
};

/**
 * An applicant: the posting's own employer gets the phone in full to call them
 * (domain.md's staff exception); station staff see it masked.
 */
export function toApplicantView(a: ApplicantRow, registration: JobSeekerTable | undefined, ownsPosting: boolean, today: string, vault: Vault, timeline: TimelineEntry[]): ApplicantView {
  const phone = a.phone_enc ? vault.decrypt(a.phone_enc) : '';
  const masked = phone ? maskPhone(phone) : '（已删除）';
  const reg = registration ? toRegistration({ ...registration, member_name: a.member_name }) : null;
  return {
    id: a.id,
    postingId: a.posting_id,
    memberName: a.member_name,
    age: ageOn(a.birth_date, today),
    sex: a.sex === 'F' ? 'F' : 'M',
    phone: ownsPosting && phone ? phone : masked,
    phoneMasked: masked,
    status: a.status,
    statusLabel: applicationWorkflow.label(a.status),
    statusTone: applicationWorkflow.tone(a.status),
    appliedAt: a.created_at,
    registration: reg && { skills: reg.skills, categories: reg.categories, categoryLabels: reg.categoryLabels, availability: reg.availability, area: reg.area, updatedAt: reg.updatedAt },
    allowedMoves: employerMovesFrom(a.status),
    timeline,
  };
}

/** "12月5日 周六 09:00" in China time. */
export function whenText(startsAt: string): string {
  const instant = new Date(startsAt);
  const date = businessDate(instant);
  return `${monthDay(date)} ${weekday(date)} ${shanghaiTime(instant)}`;
}

export function toEvent(e: JobEventTable, now: Date, mine: JobEvent['myEnrollments']): JobEvent {
  const kind = e.kind as EventKind;
  const remaining = Math.max(0, e.seats - e.taken);
  const started = new Date(e.starts_at).getTime() <= now.getTime();
  return {
    id: e.id,
    kind,
    kindLabel: EVENT_KINDS[kind] ?? kind,
    title: e.title,
    description: e.description,
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    whenText: whenText(e.starts_at),
    place: e.place,
    lat: e.lat,
    lng: e.lng,
    seats: e.seats,
    remaining,
    enrollable: remaining > 0 && !started,
    started,
    myEnrollments: mine,
  };
}

export const toEmployerView = (e: EmployerTable, postings: number, vault: Vault): EmployerView => ({
  id: e.id,
  name: e.name,
  creditCode: e.credit_code,
  verified: e.verified === 1,
  verifiedAt: e.verified_at,
  contactName: e.contact_name,
  contactPhone: e.contact_phone_enc ? vault.decrypt(e.contact_phone_enc) : '',
  address: e.address,
  postings,
});
