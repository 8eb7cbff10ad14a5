import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { ServiceIntro } from '@/features/services/components/service-intro'

export default function HeatingPage() {
  return (
    <SeniorAwarePage className='service-page'>
      <ServiceIntro service='heating' />
    </SeniorAwarePage>
  )
}
