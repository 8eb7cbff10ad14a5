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

/** The clinic's 我的挂号, linked by route (pages never import another feature's screens). */
const MY_REGISTRATIONS_PAGE = '/packages/clinic/pages/mine/index'

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
      {userId && (
        <View id='my-registrations-link' role='button' tabIndex={0} className='card tappable body-text' onClick={() => void Taro.navigateTo({ url: MY_REGISTRATIONS_PAGE })}>
          我的挂号 ›
        </View>
      )}
      {userId && <MemberList />}
    </SeniorAwarePage>
  )
}
