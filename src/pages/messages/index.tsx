import { useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { MessageList } from '@/features/messages/components/message-list'
import { useMessagesStore } from '@/features/messages/messages-store'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useSessionStore } from '@/shared/session/session-store'
import { EmptyState } from '@/shared/ui/async-state'

export default function MessagesPage() {
  const userId = useSessionStore((state) => state.user?.id)

  useEffect(() => {
    const store = useMessagesStore.getState()
    store.reset()
    if (userId) void store.load()
  }, [userId])

  useDidShow(() => {
    const store = useMessagesStore.getState()
    if (store.status === 'ready') void store.load()
  })

  return (
    <SeniorAwarePage className='messages-page'>
      {userId ? (
        <MessageList />
      ) : (
        <EmptyState text='登录后可查看挂号、助餐、供热报修等消息。'>
          <Button className='btn btn-primary tappable go-login' onClick={() => void Taro.switchTab({ url: '/pages/mine/index' })}>
            去登录
          </Button>
        </EmptyState>
      )}
    </SeniorAwarePage>
  )
}
