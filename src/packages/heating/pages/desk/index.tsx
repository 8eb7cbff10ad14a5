import { DeskComplaint } from '@/features/heating/components/desk-complaint'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

/** The page the dispatcher's 督办 notices open: /packages/heating/pages/desk/index?complaintId=… */
export default function DeskPage() {
  const { complaintId = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='heating-desk-page'>
      <DeskComplaint key={complaintId} complaintId={complaintId} />
    </SeniorAwarePage>
  )
}
