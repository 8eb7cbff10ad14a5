import { Switch, Text, View } from '@tarojs/components'
import { useSeniorModeStore } from '../senior-mode-store'
import './senior-mode-switch.scss'

/** 长辈模式 on and off: on 首页, where a senior starts, and on 我的. */
export function SeniorModeSwitch() {
  const enabled = useSeniorModeStore((state) => state.enabled)
  const setEnabled = useSeniorModeStore((state) => state.setEnabled)
  return (
    <View className='card senior-mode-row tappable' onClick={() => setEnabled(!enabled)}>
      <View className='senior-mode-text'>
        <Text className='body-text senior-mode-title'>长辈模式</Text>
        <Text className='muted senior-mode-hint'>字更大、按钮更大、颜色更清楚</Text>
      </View>
      <View className='senior-mode-switch-wrap' onClick={(event) => event.stopPropagation()}>
        <Switch
          checked={enabled}
          color='#b33c0b'
          nativeProps={{ 'aria-label': '长辈模式' }}
          onChange={(event) => setEnabled(event.detail.value)}
        />
      </View>
    </View>
  )
}
