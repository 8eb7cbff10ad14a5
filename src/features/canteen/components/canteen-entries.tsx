import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { CANTEEN_PAGES } from '../routes'
import './canteen.scss'

/** 我的订餐 and 我的优惠 for every family; 食堂管理 for a canteen's manager, 助餐统计 for county officials. */
export function CanteenEntries() {
  const isManager = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'canteen_manager')))
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  const open = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='canteen-entries'>
      <ActionButton id='entry-orders' className='canteen-entry' onClick={() => open(CANTEEN_PAGES.orders)}>
        我的订餐
      </ActionButton>
      <ActionButton id='entry-groups' className='canteen-entry' onClick={() => open(CANTEEN_PAGES.groups)}>
        我的优惠
      </ActionButton>
      {isManager && (
        <ActionButton id='entry-admin' className='canteen-entry' onClick={() => open(CANTEEN_PAGES.admin)}>
          食堂管理
        </ActionButton>
      )}
      {isOfficial && (
        <ActionButton id='entry-figures' className='canteen-entry' onClick={() => open(CANTEEN_PAGES.figures)}>
          助餐统计
        </ActionButton>
      )}
    </View>
  )
}
