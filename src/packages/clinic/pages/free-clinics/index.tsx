import { FreeClinicList } from '@/features/clinic/components/free-clinic-list'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function FreeClinicsPage() {
  return (
    <SeniorAwarePage className='clinic-free-clinics-page'>
      <FreeClinicList />
    </SeniorAwarePage>
  )
}
