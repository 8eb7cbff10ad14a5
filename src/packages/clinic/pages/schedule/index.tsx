import { ScheduleView } from '@/features/clinic/components/schedule-view'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function SchedulePage() {
  const { hospitalId = '', campusId = '', departmentId = '' } = useRouteParams()
  const scope = { hospitalId, campusId, departmentId }
  return (
    <SeniorAwarePage className='clinic-schedule-page'>
      {/* A new department in the address is a new schedule, not the last one's state. */}
      <ScheduleView key={`${hospitalId}/${campusId}/${departmentId}`} scope={scope} />
    </SeniorAwarePage>
  )
}
