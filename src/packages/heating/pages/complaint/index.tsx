import { ComplaintDetail } from '@/features/heating/components/complaint-detail'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

/** The page the resident's notices open: /packages/heating/pages/complaint/index?id=… (sent=1 right after sending). */
export default function ComplaintPage() {
  const { id = '', sent } = useRouteParams()
  return (
    <SeniorAwarePage className='heating-complaint-page'>
      <ComplaintDetail key={id} complaintId={id} sent={sent === '1'} />
    </SeniorAwarePage>
  )
}
