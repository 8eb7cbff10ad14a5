import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMessagesStore } from '@/features/messages/messages-store'
import { SeniorModeSwitch } from '@/features/senior-mode/components/senior-mode-switch'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { ServiceGrid } from '@/features/services/components/service-grid'
import { useSessionStore } from '@/shared/session/session-store'
import './index.scss'

export default function HomePage() {
  const displayName = useSessionStore((state) => state.user?.displayName)

  useDidShow(() => {
    // Keeps the 消息 tab badge current.
    if (useSessionStore.getState().user) void useMessagesStore.getState().load()
  })

  return (
    <SeniorAwarePage className='home-page'>
      <View className='greeting'>
        <Text className='key-figure greeting-title'>{displayName ? `${displayName}，您好` : '您好，欢迎使用暖民心'}</Text>
        <Text className='body-text muted greeting-subtitle'>伊通满族自治县“9+N”暖民心行动</Text>
      </View>
      {/* A senior starts here: the bigger type is one tap away, not hidden on 我的. */}
      <SeniorModeSwitch />
      <ServiceGrid />
    </SeniorAwarePage>
  )
}
