import { useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AccountSummary } from '@/features/account/components/account-summary'
import { LoginCard } from '@/features/account/components/login-card'
import { MemberList } from '@/features/account/components/member-list'
import { useMembersStore } from '@/features/account/members-store'
import { SeniorModeSwitch } from '@/features/senior-mode/components/senior-mode-switch'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useSessionStore } from '@/shared/session/session-store'

/** Each service's list of the family's own records, linked by route (pages never import another feature's screens). */
const MY_RECORDS = [
  { id: 'my-registrations-link', label: '我的挂号', url: '/packages/clinic/pages/mine/index' },
  { id: 'my-complaints-link', label: '我的供热反映', url: '/packages/heating/pages/mine/index' },
  { id: 'my-orders-link', label: '我的订餐', url: '/packages/canteen/pages/orders/index' },
  { id: 'my-applications-link', label: '我的报名', url: '/packages/jobs/pages/my-applications/index' },
]

export default function MinePage() {
  const userId = useSessionStore((state) => state.user?.id)

  useEffect(() => {
    const store = useMembersStore.getState()
    store.reset()
    if (userId) void store.load()
  }, [userId])

  useDidShow(() => {
    // Back from the member form: refresh quietly.
    const store = useMembersStore.getState()
    if (store.status === 'ready') void store.load()
  })

  return (
    <SeniorAwarePage className='mine-page'>
      {userId ? <AccountSummary /> : <LoginCard />}
      <SeniorModeSwitch />
      {userId &&
        MY_RECORDS.map((record) => (
          <View key={record.id} id={record.id} role='button' tabIndex={0} className='card tappable body-text' onClick={() => void Taro.navigateTo({ url: record.url })}>
            {record.label} ›
          </View>
        ))}
      {userId && <MemberList />}
    </SeniorAwarePage>
  )
}
