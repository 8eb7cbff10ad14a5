import { StationInfo } from '@/features/jobs/components/station-info'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function StationPage() {
  return (
    <SeniorAwarePage className='jobs-station-page'>
      <StationInfo />
    </SeniorAwarePage>
  )
}
