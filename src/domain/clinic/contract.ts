/**
 * What the `clinic` cloud function answers, named once and shared: the server's views are
 * typed with these, and the app imports them type-only. Add fields freely; rename nothing
 * (other clients call this contract).
 */
import type { SegmentBookability } from './booking-rules';
import type { RegistrationStatus } from './three-day-rule';
import type { ClinicPolicy } from './clinic-policy';

export type ClinicType = 'normal' | 'expert';
export type Session = 'am' | 'pm';
export type SegmentStatus = 'open' | 'closed';

export interface Department {
  id: string;
  name: string;
  /** Where the department sees patients, e.g. "门诊楼二层 东侧". */
  location: string;
}

export interface Campus {
  id: string;
  name: string;
  address: string;
  /** For Taro.openLocation; null where the campus has not confirmed its coordinates. */
  latitude: number | null;
  longitude: number | null;
  departments: Department[];
}

export interface Hospital {
  id: string;
  name: string;
  shortName: string;
  /** The registration desk's phone (tap to call). */
  phone: string;
  campuses: Campus[];
}

/** `hospitals` answer: the places, plus the booking policy so the app words its rules from the same numbers. */
export interface HospitalsAnswer {
  hospitals: Hospital[];
  policy: ClinicPolicy;
}

export interface DepartmentScope {
  hospitalId: string;
  campusId: string;
  departmentId: string;
}

export interface BookableDay {
  date: string;
  remaining: number;
  published: boolean;
}

export interface DaysAnswer {
  days: BookableDay[];
  releaseTime: string;
}

export interface Slot {
  id: string;
  date: string;
  session: Session;
  start: string;
  end: string;
  clinicType: ClinicType;
  doctorName: string | null;
  /** What a first visit costs, fen: registrationFee + consultationFee. */
  fee: number;
  registrationFee: number;
  consultationFee: number;
  capacity: number;
  booked: number;
  remaining: number;
  status: SegmentStatus;
}

export interface BookableSlot extends Slot {
  bookability: SegmentBookability;
}

export interface RevisitAnchorOffer {
  registrationId: string;
  visitDate: string;
  freeRevisitUntil: string;
}

export interface Quote {
  fee: number;
  registrationFee: number;
  consultationFee: number;
  bookability: SegmentBookability;
  revisitAnchors: RevisitAnchorOffer[];
}

export interface Registration {
  id: string;
  status: RegistrationStatus;
  memberId: string;
  hospitalId: string;
  campusId: string;
  departmentId: string;
  slotId: string;
  visitDate: string;
  clinicType: ClinicType;
  /** What the patient pays, fen. */
  fee: number;
  registrationFee: number;
  consultationFee: number;
  waived: boolean;
  waivedAmount: number;
  anchorId: string | null;
  /** The last free-revisit day this registration opens, when it can anchor one. */
  freeRevisitUntil: string | null;
  canCancel: boolean;
  createdAt: string;
}

/** What to do on the day: where to go, whom to call, what to bring and how to pay. */
export interface VisitGuide {
  hospitalName: string;
  hospitalPhone: string;
  campusName: string;
  campusAddress: string;
  latitude: number | null;
  longitude: number | null;
  departmentName: string;
  departmentLocation: string;
  /** 序号: the order of this registration in its segment, from 1. */
  queueNumber: number;
  bring: string[];
  payment: string;
}

/** A registration with the names and the day's guide: `book`, `registration`, and 我的挂号 items. */
export interface RegistrationDetail extends Registration {
  memberName: string;
  hospitalName: string;
  campusName: string;
  departmentName: string;
  start: string;
  end: string;
  anchorVisitDate: string | null;
  /** Active free revisits that lean on this registration (cancelling it re-prices them). */
  linkedRevisits: number;
  guide: VisitGuide;
}

export interface MyRegistrations {
  upcoming: RegistrationDetail[];
  past: RegistrationDetail[];
  freeCancellationRule: string;
}

export interface FreeClinic {
  id: string;
  hospitalId: string;
  campusId: string;
  title: string;
  expertsFrom: string;
  date: string;
  start: string;
  end: string;
  place: string;
  departments: string[];
  description: string;
  seats: number;
  remaining: number;
}

export interface FreeClinicSignup {
  signupId: string;
  freeClinicId: string;
  memberId: string;
  memberName: string;
  signedUpAt: string;
  freeClinic: FreeClinic;
}

export interface ScheduleSegmentInput {
  id?: string;
  session: Session;
  start: string;
  end: string;
  capacity: number;
  clinicType: ClinicType;
  registrationFee: number;
  consultationFee: number;
  doctorName?: string;
}

export interface PublishedSchedule {
  date: string;
  departmentId: string;
  segments: Slot[];
}

export interface DeskRegistration extends Registration {
  memberName: string;
  idNumberMasked: string;
  phoneMasked: string;
  start: string;
  end: string;
  departmentName: string;
  queueNumber: number;
  /** The moves the desk may make now, from the status table and the clock. */
  allowedMoves: Array<'arrived' | 'fulfilled' | 'noshow'>;
}

export interface DepartmentFigures {
  departmentId: string;
  departmentName: string;
  campusName: string;
  registrations: number;
  waivedVisits: number;
  waivedAmount: number;
}

export interface HospitalStats {
  hospitalId: string;
  from: string;
  to: string;
  registrations: number;
  waivedVisits: number;
  waivedAmount: number;
  byDepartment: DepartmentFigures[];
}
