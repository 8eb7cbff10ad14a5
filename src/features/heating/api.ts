import type {
  BuildingsAnswer,
  CommunitiesAnswer,
  ComplaintCategory,
  ComplaintReading,
  ComplaintStatus,
  ComplaintsAnswer,
  ComplaintView,
  DispatcherMove,
  HeatingStats,
  IncidentMoveAnswer,
  IncidentsAnswer,
} from '@/domain/heating/contract'
import type { IncidentMove } from '@/domain/heating/complaint-workflow'
import { callFunction, type CallOptions } from '@/shared/api/call-function'

const heating = <T>(action: string, data: object = {}, options?: CallOptions) => callFunction<T>('heating', action, data, options)

export interface SubmitComplaintInput {
  communityId: string
  buildingId: string
  unitId: string
  room: string
  category: ComplaintCategory
  readings: ComplaintReading[]
  description?: string
  photos?: string[]
  /** A typed number; otherwise the chosen member's phone (the app only holds it masked). */
  phone?: string
  memberId?: string
}

export interface MoveInput {
  complaintId: string
  to: DispatcherMove
  note?: string
  measuredCelsius?: number
  measuredAt?: string
  crew?: { name: string; phone: string }
}

export interface IncidentMoveInput {
  incidentId: string
  to: IncidentMove
  note?: string
  crew?: { name: string; phone: string }
}

export const heatingApi = {
  communities: () => heating<CommunitiesAnswer>('communities'),
  buildings: (communityId: string) => heating<BuildingsAnswer>('buildings', { communityId }),
  submit: (input: SubmitComplaintInput, requestId: string) => heating<ComplaintView>('submit', input, { requestId }),
  mine: () => heating<ComplaintsAnswer>('mine'),
  detail: (complaintId: string) => heating<ComplaintView>('detail', { complaintId }),
  confirm: (complaintId: string, requestId: string) => heating<ComplaintView>('confirm', { complaintId }, { requestId }),
  reopen: (input: { complaintId: string; reason: string }, requestId: string) => heating<ComplaintView>('reopen', input, { requestId }),
  rate: (input: { complaintId: string; score: number; comment?: string }, requestId: string) => heating<ComplaintView>('rate', input, { requestId }),
  queue: (filter: { status?: ComplaintStatus; stationId?: string }) => heating<ComplaintsAnswer>('queue', filter),
  incidents: () => heating<IncidentsAnswer>('incidents'),
  transition: (input: MoveInput, requestId: string) => heating<ComplaintView>('transition', input, { requestId }),
  transitionIncident: (input: IncidentMoveInput, requestId: string) => heating<IncidentMoveAnswer>('transitionIncident', input, { requestId }),
  stats: (range: { from: string; to: string }) => heating<HeatingStats>('stats', range),
}
