import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CanteensAnswer, CanteenSummary } from '@/domain/canteen/contract'
import { withQuery } from '@/shared/routes'
import { ActionButton } from '@/shared/ui/action-button'
import { StatusBadge } from '@/shared/ui/status-badge'
import { CANTEEN_PAGES } from '../routes'
import { CallAndMap, MealHoursLines } from './canteen-facts'
import './canteen.scss'

function CanteenCard({ canteen, circleLabel }: { canteen: CanteenSummary; circleLabel: string }) {
  const openMenu = () => void Taro.navigateTo({ url: withQuery(CANTEEN_PAGES.menu, { canteenId: canteen.id }) })
  return (
    <View role='group' aria-label={canteen.name} className='card canteen-card' data-canteen-id={canteen.id}>
      <View className='canteen-card-heading'>
        <Text className='body-text canteen-name'>{canteen.name}</Text>
        {canteen.withinCircle && <StatusBadge tone='good'>{circleLabel}</StatusBadge>}
      </View>
      {canteen.walkMinutes !== null && (
        <Text className='key-figure summary-line walk-minutes nowrap'>步行约{canteen.walkMinutes}分钟</Text>
      )}
      <Text className='body-text summary-line canteen-address'>{canteen.address}</Text>
      <MealHoursLines meals={canteen.meals} />
      <ActionButton kind='primary' block className='open-menu' label={`看菜单、报餐：${canteen.name}`} onClick={openMenu}>
        看菜单、报餐
      </ActionButton>
      <CallAndMap canteen={canteen} />
    </View>
  )
}

/** The canteens, nearest first when a place is chosen; those within the circle say so. */
export function CanteenList({ answer }: { answer: CanteensAnswer }) {
  const within = answer.canteens.filter((c) => c.withinCircle).length
  return (
    <View className='canteen-list'>
      {answer.origin && (
        <Text className='body-text section-title circle-summary'>
          {within > 0 ? `${answer.circleLabel}步行可到${within}家` : `${answer.circleLabel}步行没有餐厅，下面由近到远列出`}
        </Text>
      )}
      {answer.canteens.map((c) => (
        <CanteenCard key={c.id} canteen={c} circleLabel={answer.circleLabel} />
      ))}
    </View>
  )
}

/** The rules as the canteens post them, from the server's settings. */
export function PricingRules({ answer }: { answer: Pick<CanteensAnswer, 'pricingRules' | 'cutoffRule'> }) {
  return (
    <View className='card pricing-rules'>
      <Text className='body-text section-title card-title'>用餐优惠</Text>
      {answer.pricingRules.map((rule) => (
        <Text key={rule} className='body-text summary-line pricing-rule'>
          · {rule}
        </Text>
      ))}
      <Text className='body-text summary-line cutoff-rule'>· {answer.cutoffRule}</Text>
    </View>
  )
}
