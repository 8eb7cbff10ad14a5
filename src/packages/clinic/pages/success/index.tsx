import { BookingSuccess } from '@/features/clinic/components/booking-success'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function SuccessPage() {
  const { registrationId = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='clinic-success-page'>
      <BookingSuccess registrationId={registrationId} />
    </SeniorAwarePage>
  )
}
