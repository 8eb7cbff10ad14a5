import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './kit.scss'

/**
 * A label and its fact (地点, 时间, 电话…), with any buttons under the fact: side by side
 * normally, stacked in 长辈模式 so large type never squeezes the fact into a narrow column.
 */
export function FactRow({ label, children, className, data }: { label: string; children: ReactNode; className?: string; data?: Record<`data-${string}`, string> }) {
  return (
    <View className={['fact-row', className].filter(Boolean).join(' ')} {...data}>
      <Text className='body-text fact-label'>{label}</Text>
      <View className='fact-value'>{children}</View>
    </View>
  )
}
