import { ApplicantList } from '@/features/jobs/components/applicant-list'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function ApplicantsPage() {
  const { postingId = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='jobs-applicants-page'>
      <ApplicantList key={postingId} postingId={postingId} />
    </SeniorAwarePage>
  )
}
