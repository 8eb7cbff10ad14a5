/**
 * What the `jobs` cloud function (零工驿站) answers, named once and shared: the server's
 * views are typed with these, and the app imports them type-only. Add fields freely;
 * rename nothing (other clients call this contract).
 */
import type { TimelineEntry, Tone } from '../workflow';
import type { ApplicationStatus, EmployerMove } from './application-workflow';
import type { JobsPolicy } from './jobs-policy';
import type { PostingStatus } from './posting-workflow';
import type { EventKind, PayUnit, PostingCategory, PostingType } from './vocabulary';

export type { ApplicationStatus, EmployerMove, EventKind, PayUnit, PostingCategory, PostingStatus, PostingType };

export type SearchSort = 'newest' | 'nearest' | 'pay';

export interface SearchInput {
  /** Matches inside words: "保洁" finds "小区保洁员". Several words must all match. */
  keyword?: string;
  category?: PostingCategory;
  type?: PostingType;
  /** Fen per `payUnit` (required with minPay): postings of that unit paying at least this. */
  minPay?: number;
  payUnit?: PayUnit;
  sameDayPay?: boolean;
  lat?: number;
  lng?: number;
  radiusKm?: number;
  /** newest (default), nearest (needs lat/lng), pay (highest first; across units by an estimated day's pay). */
  sort?: SearchSort;
  /** Opaque: the previous answer's nextCursor, with the same filters. */
  cursor?: string;
  limit?: number;
}

/** One search result. */
export interface PostingCard {
  id: string;
  title: string;
  employerName: string;
  category: PostingCategory;
  categoryLabel: string;
  type: PostingType;
  typeLabel: string;
  /** Fen per payUnit. */
  pay: number;
  payUnit: PayUnit;
  sameDayPay: boolean;
  /** "180元/天 · 日结". */
  payText: string;
  place: string;
  /** From the searcher's point, when one was given. */
  distanceKm: number | null;
  headcount: number;
  headcountLeft: number;
  /** Last day (inclusive, Asia/Shanghai) applications are taken. */
  validThrough: string;
  /** "有效期至12月31日（含）". */
  validThroughText: string;
  /** When the station published it; null before review. */
  postedAt: string | null;
}

export interface SearchAnswer {
  items: PostingCard[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PostingContact {
  name: string;
  /** In full: only for a seeker who applied, the posting's employer and station staff. */
  phone: string;
}

export interface PostingRequirements {
  minAge: number | null;
  maxAge: number | null;
  skills: string[];
  note: string;
  /** "18–55岁 · 会用洗地机 · 能吃苦"; '' when there are none. */
  text: string;
}

/** One of the caller's own applications to this posting (a family may apply for several members). */
export interface MyApplicationRef {
  applicationId: string;
  memberId: string;
  memberName: string;
  status: ApplicationStatus;
  statusLabel: string;
}

/** `detail`: the card plus everything a seeker decides on. */
export interface PostingView extends PostingCard {
  /** As a reader sees it: published postings past their date read `expired` at once. */
  status: PostingStatus;
  statusLabel: string;
  statusTone: Tone;
  description: string;
  requirements: PostingRequirements;
  workDates: { from: string; to: string } | null;
  /** "12月3日至12月5日（含）"; '' when open-ended. */
  workDatesText: string;
  workHours: string;
  lat: number;
  lng: number;
  /** null unless the caller applied, owns the posting or is station staff. */
  contact: PostingContact | null;
  /** Whether one of the caller's members holds a live application to it. */
  applied: boolean;
  myApplications: MyApplicationRef[];
  /** Whether the posting takes applications now. */
  canApply: boolean;
  /** Why not, in a sentence ("该岗位已招满"), when it does not. */
  closedReason: string | null;
  employer: { id: string; name: string; verified: boolean };
  /** Only for its employer and station staff; null otherwise. */
  rejectionReason: string | null;
  /** Imported from the provincial platform, or posted by the employer here. */
  source: 'employer' | 'import';
}

/** `myPostings` / `reviewQueue` / `closePosting` / `review` / `createPosting`: the employer's and station's view. */
export interface ManagedPosting extends PostingView {
  applicantCount: number;
  applicantsByStatus: Record<ApplicationStatus, number>;
  hired: number;
  /** What its employer may still do with it. */
  closeOptions: Array<'filled' | 'withdrawn'>;
  timeline: TimelineEntry[];
  createdAt: string;
}

export interface PostingsAnswer {
  postings: ManagedPosting[];
}

/** The fields `createPosting` takes (the app's form uses the same shape). */
export interface PostingInput {
  /** Needed only by an account that acts for several employers. */
  employerId?: string;
  title: string;
  description?: string;
  category: PostingCategory;
  type: PostingType;
  pay: number;
  payUnit: PayUnit;
  sameDayPay: boolean;
  place: string;
  lat: number;
  lng: number;
  headcount: number;
  requirements?: { minAge?: number; maxAge?: number; skills?: string[]; note?: string };
  workDates?: { from: string; to: string };
  workHours?: string;
  contactName: string;
  contactPhone: string;
  validThrough: string;
}

/** 求职登记 of one member. */
export interface SeekerRegistration {
  memberId: string;
  memberName: string;
  skills: string[];
  categories: PostingCategory[];
  categoryLabels: string[];
  availability: string;
  area: string;
  updatedAt: string;
}

export interface RegistrationsAnswer {
  registrations: SeekerRegistration[];
}

/** 我的报名: one application with the posting and, while it is live, the employer's contact. */
export interface ApplicationView {
  id: string;
  postingId: string;
  memberId: string;
  memberName: string;
  status: ApplicationStatus;
  statusLabel: string;
  statusTone: Tone;
  appliedAt: string;
  updatedAt: string;
  canWithdraw: boolean;
  posting: PostingCard & { status: PostingStatus; statusLabel: string };
  contact: PostingContact | null;
  timeline: TimelineEntry[];
}

export interface ApplicationsAnswer {
  applications: ApplicationView[];
}

/** An applicant as the posting's employer (phone in full) or station staff (phone masked) see them. */
export interface ApplicantView {
  id: string;
  postingId: string;
  memberName: string;
  age: number;
  sex: 'M' | 'F';
  /** Full for the posting's own employer (to call); masked for station staff. */
  phone: string;
  phoneMasked: string;
  status: ApplicationStatus;
  statusLabel: string;
  statusTone: Tone;
  appliedAt: string;
  /** The applicant's 求职登记, if they made one. */
  registration: Omit<SeekerRegistration, 'memberId' | 'memberName'> | null;
  allowedMoves: EmployerMove[];
  timeline: TimelineEntry[];
}

export interface ApplicantsAnswer {
  applications: ApplicantView[];
}

export interface ImportRefusal {
  /** The file's line (the header is line 1). */
  line: number;
  /** Column → what is wrong, in Chinese. */
  errors: Record<string, string>;
  /** "第3行：薪酬应为金额（元），如 180 或 12.5". */
  message: string;
}

export interface ImportAnswer {
  imported: number;
  importedIds: string[];
  refused: ImportRefusal[];
  /** Whether imported postings were published at once (policy) or wait for review. */
  published: boolean;
  /** The policy in a sentence. */
  reviewNote: string;
}

export interface EventEnrollmentRef {
  enrollmentId: string;
  memberId: string;
  memberName: string;
}

export interface JobEvent {
  id: string;
  kind: EventKind;
  kindLabel: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string | null;
  /** "12月5日 周六 09:00". */
  whenText: string;
  place: string;
  lat: number | null;
  lng: number | null;
  seats: number;
  remaining: number;
  /** Open for sign-up now: not started and seats left. */
  enrollable: boolean;
  /** Started, by the server's clock: sign-up and cancelling are closed. */
  started: boolean;
  /** The caller's own members enrolled (empty when not logged in). */
  myEnrollments: EventEnrollmentRef[];
}

export interface EventsAnswer {
  events: JobEvent[];
}

export interface Enrollment {
  enrollmentId: string;
  eventId: string;
  memberId: string;
  memberName: string;
  status: 'enrolled' | 'cancelled';
  enrolledAt: string;
  event: JobEvent;
}

export interface JobsStats {
  from: string;
  to: string;
  /** Postings published in the period. */
  published: number;
  applications: number;
  hires: number;
  /** Enrolments in training classes that start in the period. */
  trainees: number;
  /** Classes and fairs that start in the period. */
  events: number;
  classes: number;
  fairs: number;
  fairVisitors: number;
  byCategory: Array<{ category: PostingCategory; categoryLabel: string; published: number; applications: number; hires: number }>;
}

/** 零工驿站 itself: services, amenities, address, hours, and the county's reported figures. */
export interface StationView {
  id: string;
  name: string;
  address: string;
  openedOn: string;
  services: string[];
  amenities: string[];
  hours: string;
  phone: string;
  lat: number | null;
  lng: number | null;
  /** The figures the county reported (source article), not live counts. */
  reported: { positions: number; classes: number; trainees: number; caregivers: number; source: string };
  /** Places a seeker can search around when the phone's location is off: towns and townships, then the town's communities (小区). */
  searchAreas: Array<{ name: string; lat: number; lng: number; kind: 'town' | 'community' }>;
  policy: Pick<JobsPolicy, 'maxRadiusKm' | 'pageSize' | 'maxValidDays' | 'reminderHoursBefore'>;
  vocabulary: {
    categories: Array<{ code: PostingCategory; label: string }>;
    types: Array<{ code: PostingType; label: string }>;
    payUnits: Array<{ code: PayUnit; label: string; per: string }>;
    eventKinds: Array<{ code: EventKind; label: string }>;
  };
}

/** Station staff's list of verified (and not yet verified) employers. */
export interface EmployerView {
  id: string;
  name: string;
  creditCode: string;
  verified: boolean;
  verifiedAt: string | null;
  contactName: string;
  /** Full for station staff. */
  contactPhone: string;
  address: string;
  postings: number;
}
