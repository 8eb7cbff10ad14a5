import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView, SignInPrompt } from '@/shared/ui/async-view'
import { Tabs } from '@/shared/ui/list-shell'
import { canteenApi } from '../api'
import { CANTEEN_PAGES } from '../routes'
import { ClaimReview } from './claim-review'
import { KitchenCounts } from './kitchen-counts'
import { MenuEditor } from './menu-editor'
import './canteen.scss'

export type ManagerTab = 'counts' | 'menu' | 'claims'

const TABS: ManagerTab[] = ['counts', 'menu', 'claims']

/** A tab named in the address (a link to 核验), else 备餐. */
export const managerTabOf = (value: string | undefined): ManagerTab => TABS.find((t) => t === value) ?? 'counts'

function Console({ canteenId, initialTab }: { canteenId: string; initialTab: ManagerTab }) {
  const [tab, setTab] = useState<ManagerTab>(initialTab)
  // The host's calendar: which days may be published, which may be ordered.
  const directory = useQuery(['canteen.canteens', null], () => canteenApi.canteens(null))
  return (
    <AsyncView query={directory} loadingText='正在加载食堂…' isEmpty={(data) => !data.canteens.some((c) => c.id === canteenId)} emptyText='没有找到您管理的食堂。'>
      {(data) => (
        <View className='manager-console'>
          <Text className='key-figure manager-canteen'>{data.canteens.find((c) => c.id === canteenId)!.name}</Text>
          <Tabs<ManagerTab>
            tabs={[
              { key: 'counts', label: '备餐' },
              { key: 'menu', label: '菜单' },
              { key: 'claims', label: '核验' },
            ]}
            active={tab}
            onChange={setTab}
          />
          {tab === 'counts' && <KitchenCounts canteenId={canteenId} dates={data.menuDates} />}
          {tab === 'menu' && <MenuEditor canteenId={canteenId} dates={data.publishDates} />}
          {tab === 'claims' && <ClaimReview />}
        </View>
      )}
    </AsyncView>
  )
}

/**
 * 食堂管理: a canteen_manager works the canteen of the role's scope (never a choice). County
 * officials read figures on their own page (助餐统计), not here.
 */
export function ManagerConsole({ initialTab = 'counts' }: { initialTab?: ManagerTab }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const canteenId = useSessionStore((state) => state.user?.roles.find((r) => r.role === 'canteen_manager')?.scope ?? '')
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  if (!signedIn) return <SignInPrompt text='请先以食堂管理员身份登录。' />
  if (canteenId) return <Console canteenId={canteenId} initialTab={initialTab} />
  if (isOfficial) {
    return (
      <EmptyView text='全县助老餐厅的报餐和优惠数字在「助餐统计」。'>
        <ActionButton kind='primary' onClick={() => void Taro.redirectTo({ url: CANTEEN_PAGES.figures })}>
          查看助餐统计
        </ActionButton>
      </EmptyView>
    )
  }
  return <EmptyView text='您没有食堂管理权限。' />
}
