import { HeatingHome } from '@/features/heating/components/heating-home'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function HeatingIndexPage() {
  return (
    <SeniorAwarePage className='heating-index-page'>
      <HeatingHome />
    </SeniorAwarePage>
  )
}
