import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MealCounts, RuleCode } from '@/domain/canteen/contract'
import { RULE_CODES } from '@/domain/canteen/discount-groups'
import { formatYuan } from '@/domain/money'
import { useQuery } from '@/shared/api/use-query'
import { AsyncView } from '@/shared/ui/async-view'
import { canteenApi } from '../api'
import { dateWithWeekday, PRICE_KIND_NAMES, priceKind, RULE_NAMES, type PriceKind } from '../canteen-words'
import { DayGrid } from './day-grid'
import './canteen.scss'

const KINDS: PriceKind[] = ['free', 'discounted', 'full']

const countOf = (byRule: Record<RuleCode, number>, kind: PriceKind) => RULE_CODES.filter((code) => priceKind(code) === kind).reduce((sum, code) => sum + byRule[code], 0)

/** One meal for the kitchen: how many to cook, how many eat free, at a discount and at full price, and by which rule. */
function MealTally({ meal }: { meal: MealCounts }) {
  if (!meal.published) {
    return (
      <View className='card kitchen-meal' data-meal={meal.meal}>
        <Text className='key-figure'>{meal.mealLabel}</Text>
        <Text className='body-text summary-line'>还没有发布菜单。</Text>
      </View>
    )
  }
  const discounted = RULE_CODES.filter((code) => priceKind(code) === 'discounted' && meal.byRule[code] > 0)
  return (
    <View role='group' aria-label={`${meal.mealLabel}报餐`} className='card kitchen-meal' data-meal={meal.meal}>
      <Text className='key-figure'>{meal.mealLabel}</Text>
      <Text className='key-figure summary-line kitchen-ordered nowrap'>已报{meal.ordered}份</Text>
      <Text className='body-text summary-line'>
        共{meal.capacity}份，还剩{meal.remaining}份
      </Text>
      <View className='kitchen-kinds'>
        {KINDS.map((kind) => (
          <View key={kind} className={`kitchen-kind kind-${kind}`}>
            <Text className='body-text'>{PRICE_KIND_NAMES[kind]}</Text>
            <Text className='key-figure nowrap'>{countOf(meal.byRule, kind)}</Text>
          </View>
        ))}
      </View>
      {discounted.length > 0 && (
        <Text className='body-text summary-line kitchen-rules'>优惠中：{discounted.map((code) => `${RULE_NAMES[code]}${meal.byRule[code]}份`).join('，')}</Text>
      )}
      <Text className='body-text summary-line'>应收 {formatYuan(meal.takings)}</Text>
      <Text className='body-text muted summary-line'>菜品：{meal.dishes.map((d) => d.name).join('、')}</Text>
    </View>
  )
}

/** 备餐统计: a day's meals for the kitchen. */
export function KitchenCounts({ canteenId, dates }: { canteenId: string; dates: string[] }) {
  const [date, setDate] = useState(dates[0])
  const counts = useQuery(['canteen.orderCounts', canteenId, date], () => canteenApi.orderCounts(canteenId, date))
  return (
    <View className='kitchen-counts'>
      <Text className='body-text section-title'>日期</Text>
      <DayGrid label='备餐日期' days={dates} selected={date} onSelect={setDate} />
      <Text className='body-text section-title'>{dateWithWeekday(date)}要做的餐</Text>
      <AsyncView query={counts} loadingText='正在统计报餐…'>
        {(answer) => (
          <View>
            {answer.meals.map((meal) => (
              <MealTally key={meal.meal} meal={meal} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
