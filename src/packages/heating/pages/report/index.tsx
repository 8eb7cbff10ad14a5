import { ReportForm } from '@/features/heating/components/report-form'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function ReportPage() {
  return (
    <SeniorAwarePage className='heating-report-page'>
      <ReportForm />
    </SeniorAwarePage>
  )
}
