import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { ServiceIntro } from '@/features/services/components/service-intro'

export default function JobsPage() {
  return (
    <SeniorAwarePage className='service-page'>
      <ServiceIntro service='jobs' />
    </SeniorAwarePage>
  )
}
