import { Switch, Text, View } from '@tarojs/components'
import { useSeniorModeStore } from '../senior-mode-store'
import './senior-mode-switch.scss'

export function SeniorModeSwitch() {
  const enabled = useSeniorModeStore((state) => state.enabled)
  const setEnabled = useSeniorModeStore((state) => state.setEnabled)
  return (
    <View className='card senior-mode-row tappable' onClick={() => setEnabled(!enabled)}>
      <View className='senior-mode-text'>
        <Text className='body-text senior-mode-title'>长辈模式</Text>
        <Text className='muted senior-mode-hint'>字更大、按钮更大、颜色更清楚</Text>
      </View>
      <View
        className='senior-mode-switch-wrap'
        onClick={(event) => event.stopPropagation()}
      >
        <Switch
          id='senior-mode-switch'
          checked={enabled}
          color='#d9480f'
          onChange={(event) => setEnabled(event.detail.value)}
        />
      </View>
    </View>
  )
}
