import { useRouter } from '@tarojs/taro'
import { BookingConfirm } from '@/features/clinic/components/booking-confirm'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function ConfirmPage() {
  const { hospitalId = '', campusId = '', departmentId = '', date = '', slotId = '' } = useRouter().params
  return (
    <SeniorAwarePage className='clinic-confirm-page'>
      <BookingConfirm params={{ hospitalId, campusId, departmentId, date, slotId }} />
    </SeniorAwarePage>
  )
}
