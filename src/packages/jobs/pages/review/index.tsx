import { ReviewQueue } from '@/features/jobs/components/review-queue'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function ReviewPage() {
  return (
    <SeniorAwarePage className='jobs-review-page'>
      <ReviewQueue />
    </SeniorAwarePage>
  )
}
