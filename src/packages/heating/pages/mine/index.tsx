import { MyComplaints } from '@/features/heating/components/my-complaints'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function MyComplaintsPage() {
  return (
    <SeniorAwarePage className='heating-mine-page'>
      <MyComplaints />
    </SeniorAwarePage>
  )
}
