import { AdminConsole } from '@/features/clinic/components/admin-console'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function AdminPage() {
  return (
    <SeniorAwarePage className='clinic-admin-page'>
      <AdminConsole />
    </SeniorAwarePage>
  )
}
