import { ManagerConsole, managerTabOf } from '@/features/canteen/components/manager-console'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function CanteenAdminPage() {
  const { tab } = useRouteParams()
  const initialTab = managerTabOf(tab)
  return (
    <SeniorAwarePage className='canteen-admin-page'>
      <ManagerConsole key={initialTab} initialTab={initialTab} />
    </SeniorAwarePage>
  )
}
