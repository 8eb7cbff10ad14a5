import { SeekerRegistration } from '@/features/jobs/components/seeker-registration'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function RegisterPage() {
  return (
    <SeniorAwarePage className='jobs-register-page'>
      <SeekerRegistration />
    </SeniorAwarePage>
  )
}
