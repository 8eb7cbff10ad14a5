import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import { AccountSummary } from '@/features/account/components/account-summary'
import { LoginCard } from '@/features/account/components/login-card'
import { MemberList } from '@/features/account/components/member-list'
import { useMembersStore } from '@/features/account/members-store'
import { SeniorModeSwitch } from '@/features/senior-mode/components/senior-mode-switch'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useSessionStore } from '@/shared/session/session-store'

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
      {userId && <MemberList />}
    </SeniorAwarePage>
  )
}
