import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/async-view'
import { UnbrokenTimes } from '@/shared/ui/unbroken-times'
import { formatMessageTime } from '../format-message-time'
import { useMessagesStore } from '../messages-store'
import './message-list.scss'

/** Tab pages open with switchTab; every other page a notice names opens on top of 消息. */
const TAB_PAGES = ['/pages/index/index', '/pages/messages/index', '/pages/mine/index']

function openPage(page: string) {
  const path = page.split('?')[0]
  void (TAB_PAGES.includes(path) ? Taro.switchTab({ url: path }) : Taro.navigateTo({ url: page }))
}

export function MessageList() {
  const status = useMessagesStore((state) => state.status)
  const error = useMessagesStore((state) => state.error)
  const messages = useMessagesStore((state) => state.messages)
  const unread = useMessagesStore((state) => state.unread)
  const load = useMessagesStore((state) => state.load)
  const markRead = useMessagesStore((state) => state.markRead)

  if (status === 'idle' || status === 'loading') return <LoadingView text='正在加载消息…' />
  if (status === 'error' && error) return <ErrorView error={error} onRetry={() => void load()} />
  if (messages.length === 0) return <EmptyView text='暂时没有消息。挂号、助餐、供热报修有进展时会在这里通知您。' />

  const now = new Date()
  return (
    <View className='message-list'>
      <Text className='body-text muted message-summary'>{unread > 0 ? `${unread}条未读` : '全部已读'}</Text>
      {messages.map((message) => (
        <View
          key={message.id}
          role='button' tabIndex={0}
          className={`card message-row tappable ${message.read ? 'is-read' : 'is-unread'}`}
          data-message-id={message.id}
          onClick={() => {
            void markRead(message.id)
            if (message.page) openPage(message.page)
          }}
        >
          <View className='message-heading'>
            {!message.read && <Text className='body-text unread-mark'>未读</Text>}
            <Text className='body-text message-title'>{message.title}</Text>
          </View>
          <Text className='body-text message-body'>
            <UnbrokenTimes text={message.body} />
          </Text>
          <View className='message-footer'>
            <Text className='muted message-time'>{formatMessageTime(message.createdAt, now)}</Text>
            {message.page && <Text className='body-text message-open'>查看详情 ›</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
