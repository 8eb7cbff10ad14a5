import { DispatchConsole } from '@/features/heating/components/dispatch-console'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function DispatchPage() {
  return (
    <SeniorAwarePage className='heating-dispatch-page'>
      <DispatchConsole />
    </SeniorAwarePage>
  )
}
