import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state state-loading'>
      <Text className='body-text'>{text}</Text>
    </View>
  )
}

export function EmptyState({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className='state state-empty'>
      <Text className='body-text'>{text}</Text>
      {children}
    </View>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='state state-error'>
      <Text className='body-text'>{message}</Text>
      <Button className='btn btn-primary tappable retry-button' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
