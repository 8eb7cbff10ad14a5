import { Text, View } from '@tarojs/components'
import type { CanteenSummary, MealHours } from '@/domain/canteen/contract'
import { mealLabel } from '@/domain/canteen/meals'
import { timeRange } from '@/domain/date-wording'
import { callPhone, openMap } from '@/shared/platform/device'
import { ActionButton } from '@/shared/ui/action-button'
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
      <ActionButton className='call-canteen' label={`拨打 ${canteen.phone}（${canteen.name}）`} onClick={() => callPhone(canteen.phone)}>
        {`拨打 ${canteen.phone}`}
      </ActionButton>
      <ActionButton
        className='open-map'
        label={`查看地图：${canteen.name}`}
        onClick={() => openMap({ name: canteen.name, address: canteen.address, latitude: canteen.lat, longitude: canteen.lng })}
      >
        查看地图
      </ActionButton>
    </View>
  )
}
