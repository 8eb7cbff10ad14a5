import { MyApplications } from '@/features/jobs/components/my-applications'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function MyApplicationsPage() {
  return (
    <SeniorAwarePage className='jobs-my-applications-page'>
      <MyApplications />
    </SeniorAwarePage>
  )
}
