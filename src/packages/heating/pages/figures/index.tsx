import { HeatingFigures } from '@/features/heating/components/heating-figures'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function HeatingFiguresPage() {
  return (
    <SeniorAwarePage className='heating-figures-page'>
      <HeatingFigures />
    </SeniorAwarePage>
  )
}
