import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { ServiceIntro } from '@/features/services/components/service-intro'

export default function CanteenPage() {
  return (
    <SeniorAwarePage className='service-page'>
      <ServiceIntro service='canteen' />
    </SeniorAwarePage>
  )
}
