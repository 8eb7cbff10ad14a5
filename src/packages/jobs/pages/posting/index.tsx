import { PostingDetail } from '@/features/jobs/components/posting-detail'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function PostingPage() {
  const { id = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='jobs-posting-page'>
      {/* Another posting in the address is another page's state, not this one's. */}
      <PostingDetail key={id} postingId={id} />
    </SeniorAwarePage>
  )
}
