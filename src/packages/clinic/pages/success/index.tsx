import { useRouter } from '@tarojs/taro'
import { BookingSuccess } from '@/features/clinic/components/booking-success'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function SuccessPage() {
  const { registrationId = '' } = useRouter().params
  return (
    <SeniorAwarePage className='clinic-success-page'>
      <BookingSuccess registrationId={registrationId} />
    </SeniorAwarePage>
  )
}
