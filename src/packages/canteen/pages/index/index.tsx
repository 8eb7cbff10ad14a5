import { CanteenHome } from '@/features/canteen/components/canteen-home'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function CanteenIndexPage() {
  return (
    <SeniorAwarePage className='canteen-index-page'>
      <CanteenHome />
    </SeniorAwarePage>
  )
}
