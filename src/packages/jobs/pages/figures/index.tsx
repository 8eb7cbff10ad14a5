import { JobsFigures } from '@/features/jobs/components/jobs-figures'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function FiguresPage() {
  return (
    <SeniorAwarePage className='jobs-figures-page'>
      <JobsFigures />
    </SeniorAwarePage>
  )
}
