import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import { formatMessageTime } from '../format-message-time'
import { useMessagesStore } from '../messages-store'
import './message-list.scss'

export function MessageList() {
  const { status, error, messages, unread, load, markRead } = useMessagesStore()

  if (status === 'idle' || status === 'loading') return <LoadingState text='正在加载消息…' />
  if (status === 'error') return <ErrorState message={error} onRetry={() => void load()} />
  if (messages.length === 0) return <EmptyState text='暂时没有消息。挂号、助餐、供热报修有进展时会在这里通知您。' />

  const now = new Date()
  return (
    <View className='message-list'>
      <Text className='body-text muted message-summary'>{unread > 0 ? `${unread}条未读` : '全部已读'}</Text>
      {messages.map((message) => (
        <View
          key={message.id}
          className={`card message-row tappable ${message.read ? 'is-read' : 'is-unread'}`}
          data-message-id={message.id}
          onClick={() => void markRead(message.id)}
        >
          <View className='message-heading'>
            {!message.read && <View className='unread-dot' aria-label='未读' />}
            <Text className='body-text message-title'>{message.title}</Text>
          </View>
          <Text className='body-text message-body'>{message.body}</Text>
          <Text className='muted message-time'>{formatMessageTime(message.createdAt, now)}</Text>
        </View>
      ))}
    </View>
  )
}
