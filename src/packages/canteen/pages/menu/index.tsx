import { MenuView } from '@/features/canteen/components/menu-view'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function CanteenMenuPage() {
  const { canteenId = '', date = '' } = useRouteParams()
  return (
    <SeniorAwarePage className='canteen-menu-page'>
      {/* Another canteen in the address is another menu, not the last one's state. */}
      <MenuView key={canteenId} canteenId={canteenId} date={date} />
    </SeniorAwarePage>
  )
}
