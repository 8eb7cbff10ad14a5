import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useQuery } from '@/shared/api/use-query'
import { currentLocation } from '@/shared/platform/location'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { canteenApi, type Place } from '../api'
import { usePlaceStore } from '../place-store'
import './canteen.scss'

type Asking = 'idle' | 'asking' | 'denied' | 'unavailable'

const LOCATION_REASON = '用您的位置算出到各餐厅步行几分钟。位置只用于这次查找，不会保存。'

const FAILURE: Record<'denied' | 'unavailable', string> = {
  denied: '没有使用您的位置（未允许定位）。请选择您住的小区，一样能找到附近的餐厅。',
  unavailable: '暂时取不到您的位置。请选择您住的小区，一样能找到附近的餐厅。',
}

function placeWords(place: Place | null): string {
  if (!place) return '还没有选择位置，下面按全县顺序列出各餐厅。'
  return place.kind === 'location' ? '按您现在的位置，由近到远列出。' : `按「${place.name}」，由近到远列出。`
}

/** The communities as big choices that wrap (never a strip that scrolls sideways). */
function CommunityChoices({ chosen, onChoose }: { chosen: string; onChoose: (place: Place) => void }) {
  const communities = useQuery(['canteen.communities'], () => canteenApi.communities())
  return (
    <AsyncView query={communities} loadingText='正在加载小区…' isEmpty={(data) => data.communities.length === 0} emptyText='暂时没有可选的小区。'>
      {(data) => (
        <View role='radiogroup' aria-label='您住的小区' className='community-grid'>
          {data.communities.map((c) => (
            <View
              key={c.id}
              id={`community-${c.id}`}
              role='radio' tabIndex={0}
              aria-checked={c.id === chosen ? 'true' : 'false'}
              className={`canteen-chip tappable body-text ${c.id === chosen ? 'selected' : ''}`}
              onClick={() => onChoose({ kind: 'community', communityId: c.id, name: c.name })}
            >
              {c.name}
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}

/**
 * Where to measure the 15-minute walk from: the phone's location, asked for only after the
 * reason is on screen and only when tapped, or the community the person lives in. A refusal
 * or a failure is said plainly and leads to the communities.
 */
export function PlaceChooser() {
  const place = usePlaceStore((state) => state.place)
  const setPlace = usePlaceStore((state) => state.setPlace)
  const [asking, setAsking] = useState<Asking>('idle')
  const [choosing, setChoosing] = useState(false)

  const locate = async () => {
    setAsking('asking')
    const answer = await currentLocation()
    if (answer.ok) {
      setAsking('idle')
      setChoosing(false)
      setPlace({ kind: 'location', lat: answer.lat, lng: answer.lng })
      return
    }
    setAsking(answer.reason)
    setChoosing(true)
  }

  const choose = (next: Place) => {
    setPlace(next)
    setAsking('idle')
    setChoosing(false)
  }

  return (
    <View className='card place-chooser'>
      <Text className='body-text section-title card-title'>找附近的助老餐厅</Text>
      <Text className='body-text summary-line place-now'>{placeWords(place)}</Text>
      <Text id='location-reason' className='body-text muted summary-line'>
        {LOCATION_REASON}
      </Text>
      <ActionButton id='use-location' kind='primary' block disabled={asking === 'asking'} describedBy='location-reason' onClick={() => void locate()}>
        {asking === 'asking' ? '正在取得位置…' : '用我的位置'}
      </ActionButton>
      {(asking === 'denied' || asking === 'unavailable') && (
        <Text role='status' className='body-text notice location-failed'>
          {FAILURE[asking]}
        </Text>
      )}
      <ActionButton id='choose-community' block onClick={() => setChoosing(!choosing)}>
        {choosing ? '收起小区' : '选择我住的小区'}
      </ActionButton>
      {choosing && <CommunityChoices chosen={place?.kind === 'community' ? place.communityId : ''} onChoose={choose} />}
    </View>
  )
}
