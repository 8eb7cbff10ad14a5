import { Text, View } from '@tarojs/components'
import { serviceByKey, type ServiceKey } from '../service-catalog'
import './service-intro.scss'

/** Placeholder screen for a service that is still being built. */
export function ServiceIntro({ service: key }: { service: ServiceKey }) {
  const service = serviceByKey(key)
  return (
    <View className={`service-intro service-${service.key}`}>
      <View className='card service-intro-card'>
        <View className='service-badge'>
          <Text>{service.badge}</Text>
        </View>
        <Text className='key-figure service-intro-title'>{service.name}</Text>
        <Text className='body-text service-intro-description'>{service.description}</Text>
      </View>
      <View className='card coming-soon'>
        <Text className='key-figure coming-soon-title'>即将开放</Text>
        <Text className='body-text muted'>我们正在和县里的医院、供热公司、餐厅和零工驿站对接，开通后会在消息中心通知您。</Text>
      </View>
    </View>
  )
}
