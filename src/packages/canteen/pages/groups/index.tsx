import { MyGroups } from '@/features/canteen/components/my-groups'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function CanteenGroupsPage() {
  return (
    <SeniorAwarePage className='canteen-groups-page'>
      <MyGroups />
    </SeniorAwarePage>
  )
}
