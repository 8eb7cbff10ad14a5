import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import type { MenuMeal } from '@/domain/canteen/contract'
import { monthDay, timeRange } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'
import { useMutation } from '@/shared/api/use-mutation'
import { ActionButton } from '@/shared/ui/action-button'
import { canteenApi } from '../api'
import { cancelByText, closedText, orderByText, priceText } from '../canteen-words'
import { CANTEEN_PAGES } from '../routes'
import { ConfirmPanel } from './confirm-panel'
import { DishList } from './dish-list'
import './canteen.scss'

export interface MealCardProps {
  meal: MenuMeal
  canteenId: string
  canteenName: string
  date: string
  signedIn: boolean
  member: Member | null
  /** After an order (or a refusal: full, ordered elsewhere): read the menu again (places, the diner's order). */
  onChanged: () => Promise<void>
}

/** Orders close at the cutoff; a meal that cannot be ordered with places left has closed. */
const isClosed = (meal: MenuMeal) => !meal.orderable && meal.remaining > 0
const isFull = (meal: MenuMeal) => !meal.orderable && meal.remaining === 0

/** Why 报餐 cannot be tapped now, or '' when it can. */
function whyNot({ meal, signedIn, member }: Pick<MealCardProps, 'meal' | 'signedIn' | 'member'>): string {
  if (isFull(meal)) return '这一餐已订满'
  if (isClosed(meal)) return closedText(meal.orderBy)
  if (!signedIn) return '登录后可为自己或家人报餐'
  if (!member) return '请先在上面选择就餐人'
  if (!meal.diner) return '正在计算价格…'
  return ''
}

/** The chosen diner's price first, in large type, with the rule that gave it. */
function DinerPrice({ meal, member }: { meal: MenuMeal; member: Member | null }) {
  if (!member || !meal.diner) {
    return (
      <View className='meal-price'>
        <Text className='key-figure price-figure nowrap'>{formatYuan(meal.price)}</Text>
        <Text className='body-text muted summary-line'>套餐价（{meal.dishes.length}个菜）。选择就餐人后，显示本人的价格。</Text>
      </View>
    )
  }
  const { price, rule } = meal.diner
  return (
    <View className='meal-price diner-price' aria-label={`${member.name}：${priceText(price)}，${rule.label}`}>
      <Text className='body-text diner-name'>{member.name}吃这一餐</Text>
      <View className='diner-price-line'>
        <Text className={`key-figure price-figure nowrap ${price === 0 ? 'free' : ''}`}>{priceText(price)}</Text>
        <Text className={`rule-figure ${rule.code === 'full' ? '' : 'discount'}`}>{rule.label}</Text>
      </View>
      {price !== meal.price && <Text className='body-text muted summary-line base-price'>套餐原价 {formatYuan(meal.price)}（{meal.dishes.length}个菜）</Text>}
    </View>
  )
}

/** One meal of the day: who pays what, the dishes, places left, the cutoff, and 报餐. */
export function MealCard({ meal, canteenId, canteenName, date, signedIn, member, onChanged }: MealCardProps) {
  const order = useMutation(canteenApi.order)
  const reason = whyNot({ meal, signedIn, member })
  const orderedAlready = Boolean(meal.diner?.orderId)
  const reasonId = `order-why-${meal.meal}`
  const [confirming, setConfirming] = useState(false)

  const placeOrder = async () => {
    if (reason || !member) return
    const result = await order.run({ canteenId, date, meal: meal.meal, memberId: member.id })
    if (result.ok) {
      setConfirming(false)
      void Taro.showToast({ title: '报餐成功', icon: 'success' })
    }
    // Either way the menu has moved on (a place taken, or the meal full or ordered elsewhere).
    await onChanged()
  }

  const check = member && meal.diner && (
    <ConfirmPanel
      title={`为${member.name}报${monthDay(date)}${meal.mealLabel}？`}
      lines={[
        <>
          {canteenName} <Text className='nowrap'>{timeRange(meal.from, meal.to)}</Text>
        </>,
        `${priceText(meal.diner.price)}（${meal.diner.rule.label}）`,
        cancelByText(meal.orderBy),
      ]}
      confirmText='确认报餐'
      pendingText='正在报餐…'
      pending={order.pending}
      error={order.error?.message}
      onConfirm={() => void placeOrder()}
      onCancel={() => {
        setConfirming(false)
        order.reset()
      }}
    />
  )

  return (
    <View role='group' aria-label={`${monthDay(date)}${meal.mealLabel}`} className={`card meal-card meal-${meal.meal}`} data-meal={meal.meal}>
      <View className='meal-heading'>
        <Text className='key-figure meal-name'>{meal.mealLabel}</Text>
        <Text className='key-figure meal-time nowrap'>{timeRange(meal.from, meal.to)}</Text>
      </View>
      <DinerPrice meal={meal} member={member} />
      <DishList dishes={meal.dishes} />
      <Text className='body-text summary-line meal-places'>
        {meal.remaining > 0 ? `还剩${meal.remaining}份（共${meal.capacity}份）` : `已订满（共${meal.capacity}份）`}
      </Text>
      {!isClosed(meal) && !orderedAlready && <Text className='body-text summary-line meal-cutoff'>{orderByText(meal.orderBy)}，截止前可取消</Text>}

      {orderedAlready && member ? (
        <View className='notice good meal-ordered' role='status'>
          <Text className='body-text summary-line'>{member.name}已报这一餐。</Text>
          {!isClosed(meal) && <Text className='body-text summary-line'>{cancelByText(meal.orderBy)}，在「我的订餐」办理。</Text>}
          <ActionButton className='go-orders' block onClick={() => void Taro.navigateTo({ url: CANTEEN_PAGES.orders })}>
            查看我的订餐
          </ActionButton>
        </View>
      ) : (
        <View className='meal-order'>
          {confirming && !reason ? (
            check
          ) : (
            <>
              {reason && (
                <Text id={reasonId} className='body-text order-why'>
                  {reason}
                </Text>
              )}
              <ActionButton kind='primary' block className='order-meal' disabled={Boolean(reason)} describedBy={reason ? reasonId : undefined} onClick={() => setConfirming(true)}>
                {member ? `为${member.name}报餐` : '报餐'}
              </ActionButton>
            </>
          )}
        </View>
      )}
    </View>
  )
}
