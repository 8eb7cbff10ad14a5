import { callFunction, type CallOptions } from '@/shared/api/call-function'
import type { RegistrationStatus } from '@/domain/clinic/three-day-rule'
import type { SegmentBookability } from '@/domain/clinic/booking-rules'

export interface Department {
  id: string
  name: string
}

export interface Campus {
  id: string
  name: string
  address: string
  departments: Department[]
}

export interface Hospital {
  id: string
  name: string
  shortName: string
  campuses: Campus[]
}

export interface DepartmentScope {
  hospitalId: string
  campusId: string
  departmentId: string
}

export interface BookableDay {
  date: string
  remaining: number
  published: boolean
}

export type ClinicType = 'normal' | 'expert'
export type Session = 'am' | 'pm'

export interface Slot {
  id: string
  date: string
  session: Session
  start: string
  end: string
  clinicType: ClinicType
  doctorName: string | null
  fee: number
  registrationFee: number
  consultationFee: number
  capacity: number
  booked: number
  remaining: number
  status: string
  bookability: SegmentBookability
}

export interface RevisitAnchorOffer {
  registrationId: string
  visitDate: string
  freeRevisitUntil: string
}

export interface Quote {
  fee: number
  registrationFee: number
  consultationFee: number
  bookability: SegmentBookability
  revisitAnchors: RevisitAnchorOffer[]
}

export interface Registration {
  id: string
  status: RegistrationStatus
  memberId: string
  hospitalId: string
  campusId: string
  departmentId: string
  slotId: string
  visitDate: string
  clinicType: ClinicType
  fee: number
  registrationFee: number
  consultationFee: number
  waived: boolean
  waivedAmount: number
  anchorId: string | null
  freeRevisitUntil: string | null
  canCancel: boolean
  createdAt: string
}

export interface RegistrationDetail extends Registration {
  memberName: string
  hospitalName: string
  campusName: string
  departmentName: string
  start: string
  end: string
  anchorVisitDate: string | null
}

export interface MyRegistrations {
  upcoming: RegistrationDetail[]
  past: RegistrationDetail[]
  freeCancellationRule: string
}

/** 就诊人: the account's family members as the account function returns them (masked). */
export interface Patient {
  id: string
  name: string
  relationLabel: string
  idNumberMasked: string
  age: number
}

export interface FreeClinic {
  id: string
  hospitalId: string
  campusId: string
  title: string
  expertsFrom: string
  date: string
  start: string
  end: string
  place: string
  departments: string[]
  description: string
  seats: number
  remaining: number
}

export interface FreeClinicSignup {
  signupId: string
  memberId: string
  memberName: string
  signedUpAt: string
  freeClinic: FreeClinic
}

export interface ScheduleSegmentInput {
  id?: string
  session: Session
  start: string
  end: string
  capacity: number
  clinicType: ClinicType
  registrationFee: number
  consultationFee: number
  doctorName?: string
}

export interface DeskRegistration extends Registration {
  memberName: string
  idNumberMasked: string
  phoneMasked: string
  start: string
  end: string
  departmentName: string
}

export interface DepartmentFigures {
  departmentId: string
  departmentName: string
  campusName: string
  registrations: number
  waivedVisits: number
  waivedAmount: number
}

export interface HospitalStats {
  hospitalId: string
  from: string
  to: string
  registrations: number
  waivedVisits: number
  waivedAmount: number
  byDepartment: DepartmentFigures[]
}

const clinic = <T>(action: string, data: object = {}, options?: CallOptions) => callFunction<T>('clinic', action, data, options)

export const clinicApi = {
  hospitals: () => clinic<{ hospitals: Hospital[] }>('hospitals'),
  days: (scope: DepartmentScope) => clinic<{ days: BookableDay[]; releaseTime: string }>('days', scope),
  slots: (scope: DepartmentScope, date: string) => clinic<{ slots: Slot[] }>('slots', { ...scope, date }),
  quote: (memberId: string, slotId: string) => clinic<Quote>('quote', { memberId, slotId }),
  book: (input: { memberId: string; slotId: string; revisitOf?: string }, requestId: string) =>
    clinic<Registration>('book', input, { requestId }),
  cancel: (registrationId: string, requestId: string) => clinic<Registration>('cancel', { registrationId }, { requestId }),
  mine: () => clinic<MyRegistrations>('mine'),
  freeClinics: () => clinic<{ freeClinics: FreeClinic[] }>('freeClinics'),
  mySignups: () => clinic<{ signups: FreeClinicSignup[] }>('mySignups'),
  signUpFreeClinic: (freeClinicId: string, memberId: string, requestId: string) =>
    clinic<FreeClinicSignup & { freeClinicId: string }>('signUpFreeClinic', { freeClinicId, memberId }, { requestId }),
  cancelFreeClinicSignup: (signupId: string, requestId: string) => clinic<unknown>('cancelFreeClinicSignup', { signupId }, { requestId }),
  publishSchedule: (input: DepartmentScope & { date: string; segments: ScheduleSegmentInput[] }, requestId: string) =>
    clinic<{ date: string; departmentId: string; segments: unknown[] }>('publishSchedule', input, { requestId }),
  hospitalRegistrations: (input: { hospitalId: string; date: string; departmentId?: string }) =>
    clinic<{ registrations: DeskRegistration[] }>('hospitalRegistrations', input),
  markVisit: (registrationId: string, status: 'arrived' | 'fulfilled' | 'noshow', requestId: string) =>
    clinic<Registration>('markVisit', { registrationId, status }, { requestId }),
  reprice: (registrationId: string, reason: string, requestId: string) => clinic<Registration>('reprice', { registrationId, reason }, { requestId }),
  stats: (input: { hospitalId: string; from: string; to: string }) => clinic<HospitalStats>('stats', input),
}

/** The account function calls this feature needs: 就诊人 and booking reminders. */
export const patientApi = {
  members: () => callFunction<{ members: Patient[] }>('account', 'members'),
  subscribeTemplates: () => callFunction<{ subscribeTemplates?: Record<string, string> }>('account', 'loginOptions'),
  subscribe: (templateIds: string[], requestId: string) =>
    callFunction<{ templateIds: string[] }>('account', 'subscribe', { templateIds }, { requestId }),
}
