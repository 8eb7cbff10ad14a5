import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PostingCard as Card } from '@/domain/jobs/contract'
import { distanceText, placesLeftText } from '../jobs-wording'
import { JOBS_PAGES } from '../routes'
import './jobs.scss'

/**
 * One search result: what the job is, who pays how much and how (日结), where and how far,
 * how many are still wanted, and the last day to apply. The whole card opens the posting.
 */
export function PostingCard({ card }: { card: Card }) {
  return (
    <View
      id={`posting-${card.id}`}
      role='link'
      tabIndex={0}
      className='card posting-card tappable'
      data-posting-id={card.id}
      onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.posting(card.id) })}
    >
      <Text className='body-text posting-card-title'>{card.title}</Text>
      <Text className='key-figure posting-pay nowrap'>{card.payText}</Text>
      <Text className='body-text posting-line'>{card.employerName}</Text>
      <Text className='body-text muted posting-line'>
        {card.distanceKm !== null && <Text className='nowrap posting-distance'>距离{distanceText(card.distanceKm)} · </Text>}
        {card.place}
      </Text>
      <View className='posting-facts'>
        <Text className={`body-text places-left ${card.headcountLeft > 0 ? '' : 'none'}`}>{placesLeftText(card)}</Text>
        <Text className='body-text muted nowrap posting-valid'>{card.validThroughText}</Text>
      </View>
    </View>
  )
}
