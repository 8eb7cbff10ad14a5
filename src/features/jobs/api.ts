import type {
  ApplicantView,
  ApplicantsAnswer,
  ApplicationsAnswer,
  ApplicationView,
  EmployerMove,
  Enrollment,
  EventKind,
  EventsAnswer,
  ImportAnswer,
  JobEvent,
  JobsStats,
  ManagedPosting,
  PostingInput,
  PostingsAnswer,
  PostingView,
  RegistrationsAnswer,
  SearchAnswer,
  SearchInput,
  SeekerRegistration,
  StationView,
} from '@/domain/jobs/contract'
import type { PostingCategory } from '@/domain/jobs/vocabulary'
import { callFunction } from '@/shared/api/call-function'

const jobs = <T>(action: string, data: object = {}, requestId?: string) => callFunction<T>('jobs', action, data, requestId ? { requestId } : {})

export interface RegistrationInput {
  memberId: string
  skills: string[]
  categories: PostingCategory[]
  availability: string
  area: string
}

export interface EventInput {
  kind: EventKind
  title: string
  startsAt: string
  endsAt?: string
  place: string
  seats: number
  description?: string
}

/** The `jobs` cloud function (零工驿站), one call per action; mutations carry their request id. */
export const jobsApi = {
  station: () => jobs<StationView>('station'),
  search: (input: SearchInput) => jobs<SearchAnswer>('search', input),
  detail: (postingId: string) => jobs<PostingView>('detail', { postingId }),
  apply: (input: { postingId: string; memberId: string }, requestId: string) => jobs<ApplicationView>('apply', input, requestId),
  withdraw: (applicationId: string, requestId: string) => jobs<ApplicationView>('withdraw', { applicationId }, requestId),
  myApplications: () => jobs<ApplicationsAnswer>('myApplications'),
  profile: () => jobs<RegistrationsAnswer>('profile'),
  register: (input: RegistrationInput, requestId: string) => jobs<SeekerRegistration>('register', input, requestId),
  events: (kind?: EventKind) => jobs<EventsAnswer>('events', kind ? { kind } : {}),
  enroll: (input: { eventId: string; memberId: string }, requestId: string) => jobs<Enrollment>('enroll', input, requestId),
  cancelEnrollment: (enrollmentId: string, requestId: string) => jobs<Enrollment>('cancelEnrollment', { enrollmentId }, requestId),
  // 用工单位
  createPosting: (input: PostingInput, requestId: string) => jobs<ManagedPosting>('createPosting', input, requestId),
  myPostings: () => jobs<PostingsAnswer>('myPostings'),
  closePosting: (input: { postingId: string; status: 'filled' | 'withdrawn' }, requestId: string) => jobs<ManagedPosting>('closePosting', input, requestId),
  applicants: (postingId: string) => jobs<ApplicantsAnswer>('applicants', { postingId }),
  setApplicationStatus: (input: { applicationId: string; status: EmployerMove }, requestId: string) =>
    jobs<ApplicantView>('setApplicationStatus', input, requestId),
  // 驿站工作人员 and officials
  reviewQueue: () => jobs<PostingsAnswer>('reviewQueue'),
  review: (input: { postingId: string; approve: boolean; reason?: string }, requestId: string) => jobs<ManagedPosting>('review', input, requestId),
  importPostings: (csv: string, requestId: string) => jobs<ImportAnswer>('importPostings', { csv }, requestId),
  publishEvent: (input: EventInput, requestId: string) => jobs<JobEvent>('publishEvent', input, requestId),
  stats: (range: { from: string; to: string }) => jobs<JobsStats>('stats', range),
}
