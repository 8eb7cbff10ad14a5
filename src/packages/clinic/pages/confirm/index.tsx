import { BookingConfirm } from '@/features/clinic/components/booking-confirm'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function ConfirmPage() {
  const { hospitalId = '', campusId = '', departmentId = '', date = '', slotId = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='clinic-confirm-page'>
      <BookingConfirm key={slotId} params={{ hospitalId, campusId, departmentId, date, slotId }} />
    </SeniorAwarePage>
  )
}
