import type {
  BookableSlot,
  DaysAnswer,
  DepartmentScope,
  DeskRegistration,
  FreeClinic,
  FreeClinicSignup,
  HospitalsAnswer,
  HospitalStats,
  MyRegistrations,
  PublishedSchedule,
  Quote,
  Registration,
  RegistrationDetail,
  ScheduleSegmentInput,
} from '@/domain/clinic/contract'
import { callFunction, type CallOptions } from '@/shared/api/call-function'

const clinic = <T>(action: string, data: object = {}, options?: CallOptions) => callFunction<T>('clinic', action, data, options)

/** Only the three ids: the server refuses any other field on a department's calls. */
const scopeOf = ({ hospitalId, campusId, departmentId }: DepartmentScope): DepartmentScope => ({ hospitalId, campusId, departmentId })

export type VisitMove = DeskRegistration['allowedMoves'][number]

export const clinicApi = {
  hospitals: () => clinic<HospitalsAnswer>('hospitals'),
  days: (scope: DepartmentScope) => clinic<DaysAnswer>('days', scopeOf(scope)),
  slots: (scope: DepartmentScope, date: string) => clinic<{ slots: BookableSlot[] }>('slots', { ...scopeOf(scope), date }),
  quote: (memberId: string, slotId: string) => clinic<Quote>('quote', { memberId, slotId }),
  book: (input: { memberId: string; slotId: string; revisitOf?: string }, requestId: string) =>
    clinic<RegistrationDetail>('book', input, { requestId }),
  registration: (registrationId: string) => clinic<RegistrationDetail>('registration', { registrationId }),
  cancel: (registrationId: string, requestId: string) => clinic<Registration>('cancel', { registrationId }, { requestId }),
  mine: () => clinic<MyRegistrations>('mine'),
  freeClinics: () => clinic<{ freeClinics: FreeClinic[] }>('freeClinics'),
  mySignups: () => clinic<{ signups: FreeClinicSignup[] }>('mySignups'),
  signUpFreeClinic: (input: { freeClinicId: string; memberId: string }, requestId: string) =>
    clinic<FreeClinicSignup>('signUpFreeClinic', input, { requestId }),
  cancelFreeClinicSignup: (signupId: string, requestId: string) => clinic<unknown>('cancelFreeClinicSignup', { signupId }, { requestId }),
  publishSchedule: (input: DepartmentScope & { date: string; segments: ScheduleSegmentInput[] }, requestId: string) =>
    clinic<PublishedSchedule>('publishSchedule', input, { requestId }),
  hospitalRegistrations: (input: { hospitalId: string; date: string; departmentId?: string }) =>
    clinic<{ registrations: DeskRegistration[] }>('hospitalRegistrations', input),
  markVisit: (input: { registrationId: string; status: VisitMove }, requestId: string) => clinic<Registration>('markVisit', input, { requestId }),
  reprice: (input: { registrationId: string; reason: string }, requestId: string) => clinic<Registration>('reprice', input, { requestId }),
  stats: (input: { hospitalId: string; from: string; to: string }) => clinic<HospitalStats>('stats', input),
}

/** The account function calls this feature needs for booking reminders (就诊人 come from the shared MemberPicker). */
export const reminderApi = {
  subscribeTemplates: () => callFunction<{ subscribeTemplates?: Record<string, string> }>('account', 'loginOptions'),
  subscribe: (templateIds: string[], requestId: string) =>
    callFunction<{ templateIds: string[] }>('account', 'subscribe', { templateIds }, { requestId }),
}
