import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { HOME_TAB } from '@/shared/routes'
import { ActionButton } from '@/shared/ui/action-button'

/** Where an unknown address lands (app.ts sends it here): say so, and lead home. */
export default function NotFoundPage() {
  return (
    <SeniorAwarePage className='not-found-page'>
      <View className='state'>
        <Text className='key-figure'>没有找到这个页面</Text>
        <Text className='body-text muted'>链接可能有误，或者这个页面已经不在了。</Text>
        <ActionButton id='go-home' kind='primary' block onClick={() => void Taro.switchTab({ url: HOME_TAB })}>
          回到首页
        </ActionButton>
      </View>
    </SeniorAwarePage>
  )
}
