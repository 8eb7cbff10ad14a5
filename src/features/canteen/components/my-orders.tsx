import { useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CanteenSummary, OrderView } from '@/domain/canteen/contract'
import { orderWorkflow } from '@/domain/canteen/order-workflow'
import { monthDay, timeRange, weekday } from '@/domain/date-wording'
import { formatYuan } from '@/domain/money'
import { useMutation } from '@/shared/api/use-mutation'
import { useQuery } from '@/shared/api/use-query'
import { CallButton, MapButton } from '@/shared/ui/call-and-map'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { DetailCard } from '@/shared/ui/detail-card'
import { ListShell, Tabs } from '@/shared/ui/list-shell'
import { canteenApi } from '../api'
import { cancelByText, chinaMoment, priceText } from '../canteen-words'
import { CANTEEN_PAGES } from '../routes'
import { ConfirmPanel } from './confirm-panel'
import './canteen.scss'

type Tab = 'upcoming' | 'past'

/** 代玉贤 11月30日午餐: tells the family's orders apart. */
export const orderLabel = (o: OrderView) => `${o.memberName} ${monthDay(o.date)}${o.mealLabel}`

/** What the diner pays: nothing once cancelled. */
const paidText = (o: OrderView) => (o.status === 'cancelled' ? '未收费' : priceText(o.price))

function cancelWords(o: OrderView): string | null {
  if (o.status !== 'ordered') return null
  if (o.canCancel) return cancelByText(o.cancelBy)
  return o.upcoming ? `已过取消时间（${chinaMoment(o.cancelBy)}），如不能去吃请打电话告诉餐厅` : null
}

/** Where a canteen is, for its map link (orders carry the address; the directory the coordinates). */
type Spot = Pick<CanteenSummary, 'lat' | 'lng'>

function OrderCard({ order: o, spot, cutoffRule, onChanged }: { order: OrderView; spot?: Spot; cutoffRule: string; onChanged: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false)
  const cancel = useMutation((orderId: string, requestId: string) => canteenApi.cancelOrder(orderId, requestId))
  const words = cancelWords(o)

  const cancelNow = async () => {
    const result = await cancel.run(o.id)
    if (result.ok) {
      setConfirming(false)
      void Taro.showToast({ title: '已取消', icon: 'success' })
    }
    // Either way the list moves on (cancelled, or past the cutoff meanwhile).
    await onChanged()
  }

  const actions =
    o.upcoming && !confirming ? (
      <>
        {o.canCancel && (
          <ActionButton kind='danger' className='cancel-order' label={`取消报餐：${orderLabel(o)}`} onClick={() => setConfirming(true)}>
            取消报餐
          </ActionButton>
        )}
        <CallButton className='call-canteen' phone={o.canteenPhone} who={o.canteenName} />
        <MapButton name={o.canteenName} address={o.canteenAddress} lat={spot?.lat} lng={spot?.lng} />
      </>
    ) : undefined

  return (
    <DetailCard
      className='order-card'
      label={orderLabel(o)}
      data={{ 'data-order-id': o.id, 'data-status': o.status }}
      title={o.memberName}
      status={{ label: orderWorkflow.label(o.status), tone: orderWorkflow.tone(o.status) }}
      figure={
        <View className='order-price'>
          <Text className={`key-figure price-figure nowrap ${o.price === 0 && o.status !== 'cancelled' ? 'free' : ''}`}>{paidText(o)}</Text>
          {o.status !== 'cancelled' && <Text className={`rule-figure order-rule ${o.rule.code === 'full' ? '' : 'discount'}`}>{o.ruleLabel}</Text>}
        </View>
      }
      actions={actions}
    >
      <Text className='key-figure summary-line order-when'>
        <Text className='nowrap'>{monthDay(o.date)}</Text> {o.mealLabel}
      </Text>
      <Text className='body-text summary-line order-hours'>
        {weekday(o.date)} <Text className='nowrap'>{timeRange(o.from, o.to)}</Text>
      </Text>
      <Text className='body-text summary-line order-canteen'>{o.canteenName}</Text>
      <Text className='body-text muted summary-line'>地址：{o.canteenAddress}</Text>
      {o.status !== 'cancelled' && o.price !== o.basePrice && <Text className='body-text muted summary-line'>套餐原价 {formatYuan(o.basePrice)}</Text>}
      {words && <Text className={`body-text summary-line cancel-by ${o.canCancel ? '' : 'is-late'}`}>{words}</Text>}
      {confirming && (
        <ConfirmPanel
          title={`取消${o.memberName}${monthDay(o.date)}${o.mealLabel}的报餐？`}
          lines={[o.canteenName, '取消后不收费，名额让给别人。', cutoffRule]}
          confirmText='确认取消'
          pendingText='正在取消…'
          cancelText='不取消'
          danger
          pending={cancel.pending}
          error={cancel.error?.message}
          onConfirm={() => void cancelNow()}
          onCancel={() => {
            setConfirming(false)
            cancel.reset()
          }}
        />
      )}
    </DetailCard>
  )
}

/** 我的订餐: the whole family's meals, 待用餐 and 历史, with cancelling until the cutoff. */
export function MyOrders() {
  const userId = useSessionStore((state) => state.user?.id)
  const [tab, setTab] = useState<Tab>('upcoming')
  const mine = useQuery(['canteen.myOrders', userId], () => canteenApi.myOrders(), { enabled: Boolean(userId) })
  const directory = useQuery(['canteen.canteens', null], () => canteenApi.canteens(null), { enabled: Boolean(userId) })
  const spotOf = (canteenId: string) => directory.data?.canteens.find((c) => c.id === canteenId)
  const seen = useRef(false)

  // Back on this screen (from a menu, or a message): read the list again.
  useDidShow(() => {
    if (seen.current) void mine.reload()
    seen.current = true
  })

  const goOrder = (
    <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: CANTEEN_PAGES.index })}>
      去报餐
    </ActionButton>
  )

  return (
    <ListShell
      className='my-orders'
      query={mine}
      signIn='请先登录，查看家人的订餐。'
      loadingText='正在加载订餐…'
      header={
        userId ? (
          <Tabs
            tabs={[
              { key: 'upcoming', label: '待用餐', count: mine.data?.orders.filter((o) => o.upcoming).length },
              { key: 'past', label: '历史' },
            ]}
            active={tab}
            onChange={setTab}
          />
        ) : undefined
      }
      items={(data) => data.orders.filter((o) => o.upcoming === (tab === 'upcoming'))}
      keyOf={(o) => o.id}
      renderItem={(o) => <OrderCard order={o} spot={spotOf(o.canteenId)} cutoffRule={mine.data?.cutoffRule ?? ''} onChanged={mine.reload} />}
      emptyText={tab === 'upcoming' ? '家里人还没有订餐。' : '还没有历史订餐。'}
      emptyAction={tab === 'upcoming' ? goOrder : undefined}
      footer={(data) => <Text className='body-text muted notice cutoff-rule'>{data.cutoffRule}</Text>}
    />
  )
}
