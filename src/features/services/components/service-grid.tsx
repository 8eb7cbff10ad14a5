import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SERVICES } from '../service-catalog'
import './service-grid.scss'

export function ServiceGrid() {
  return (
    <View className='service-grid'>
      {SERVICES.map((service) => (
        <View
          key={service.key}
          id={`service-${service.key}`}
          role='button' tabIndex={0}
          className={`service-entry service-${service.key} tappable`}
          hoverClass='service-entry-hover'
          onClick={() => void Taro.navigateTo({ url: service.path })}
        >
          <View className='service-badge' aria-hidden='true'>
            <Text>{service.badge}</Text>
          </View>
          <View className='service-text'>
            <Text className='key-figure service-name'>{service.name}</Text>
            <Text className='body-text muted service-tagline'>{service.tagline}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
