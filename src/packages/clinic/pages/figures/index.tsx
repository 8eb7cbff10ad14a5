import { OfficialFigures } from '@/features/clinic/components/admin-console'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function FiguresPage() {
  return (
    <SeniorAwarePage className='clinic-figures-page'>
      <OfficialFigures />
    </SeniorAwarePage>
  )
}
