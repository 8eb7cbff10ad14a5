import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import { MessageList } from '@/features/messages/components/message-list'
import { useMessagesStore } from '@/features/messages/messages-store'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useSessionStore } from '@/shared/session/session-store'
import { SignInPrompt } from '@/shared/ui/async-view'

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
        <SignInPrompt text='登录后可查看挂号、助餐、供热报修等消息。' />
      )}
    </SeniorAwarePage>
  )
}
