import { CountyFigures } from '@/features/canteen/components/county-figures'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function CanteenFiguresPage() {
  return (
    <SeniorAwarePage className='canteen-figures-page'>
      <CountyFigures />
    </SeniorAwarePage>
  )
}
