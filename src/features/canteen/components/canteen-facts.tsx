import { Text, View } from '@tarojs/components'
import type { CanteenSummary, MealHours } from '@/domain/canteen/contract'
import { mealLabel } from '@/domain/canteen/meals'
import { timeRange } from '@/domain/date-wording'
import { CallButton, MapButton } from '@/shared/ui/call-and-map'
import './canteen.scss'

/** 早餐 06:30‑08:00, one meal a line, each range kept whole. */
export function MealHoursLines({ meals }: { meals: MealHours[] }) {
  return (
    <View className='meal-hours'>
      {meals.map((m) => (
        <Text key={m.meal} className='body-text summary-line meal-hours-line'>
          {mealLabel(m.meal)} <Text className='nowrap'>{timeRange(m.from, m.to)}</Text>
        </Text>
      ))}
    </View>
  )
}

type Where = Pick<CanteenSummary, 'name' | 'address' | 'phone' | 'lat' | 'lng'>

/** Whom to call and how to get there: tap to call, and the canteen on a map. */
export function CallAndMap({ canteen }: { canteen: Where }) {
  return (
    <View className='action-row canteen-contact'>
      <CallButton className='call-canteen' phone={canteen.phone} who={canteen.name} text={`拨打 ${canteen.phone}`} />
      <MapButton name={canteen.name} address={canteen.address} lat={canteen.lat} lng={canteen.lng} />
    </View>
  )
}
