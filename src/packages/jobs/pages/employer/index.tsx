import { EmployerPostings } from '@/features/jobs/components/employer-postings'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function EmployerPage() {
  return (
    <SeniorAwarePage className='jobs-employer-page'>
      <EmployerPostings />
    </SeniorAwarePage>
  )
}
