import { MyRegistrations } from '@/features/clinic/components/my-registrations'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function MyRegistrationsPage() {
  return (
    <SeniorAwarePage className='clinic-mine-page'>
      <MyRegistrations />
    </SeniorAwarePage>
  )
}
