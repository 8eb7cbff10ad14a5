import { MyOrders } from '@/features/canteen/components/my-orders'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function CanteenOrdersPage() {
  return (
    <SeniorAwarePage className='canteen-orders-page'>
      <MyOrders />
    </SeniorAwarePage>
  )
}
