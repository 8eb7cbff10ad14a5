import { useRouter } from '@tarojs/taro'
import { ScheduleView } from '@/features/clinic/components/schedule-view'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function SchedulePage() {
  const { hospitalId = '', campusId = '', departmentId = '' } = useRouter().params
  return (
    <SeniorAwarePage className='clinic-schedule-page'>
      <ScheduleView scope={{ hospitalId, campusId, departmentId }} />
    </SeniorAwarePage>
  )
}
