import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { StationView } from '@/domain/jobs/contract'
import { ActionButton } from '@/shared/ui/action-button'
import { locatePhone } from '../locate-phone'
import { distanceText } from '../jobs-wording'
import { RADIUS_CHOICES_KM, type SearchPoint } from '../search-filters'
import { ChipChoices, ChipLabel } from './chips'
import './jobs.scss'

/** Why the app asks for the phone's location, said before it asks (the phone asks again). */
export const LOCATION_REASON = '用手机位置算岗位离您多远，只用于这次找活，不保存。不给位置也能找。'

export type Area = StationView['searchAreas'][number]

/** The towns, townships and the town's communities as chips in two groups (no wheel to spin). */
export function AreaChoices({ areas, chosen, onChoose }: { areas: Area[]; chosen: string; onChoose: (area: Area) => void }) {
  const group = (kind: Area['kind'], label: string) => (
    <View className='jobs-block'>
      <Text className='body-text jobs-label'>{label}</Text>
      <View role='radiogroup' aria-label={label} className='jobs-chip-row'>
        {areas
          .filter((a) => a.kind === kind)
          .map((a) => (
            <View
              key={a.name}
              role='radio'
              tabIndex={0}
              aria-checked={chosen === a.name ? 'true' : 'false'}
              className={`jobs-chip tappable area-chip ${chosen === a.name ? 'selected' : ''}`}
              onClick={() => onChoose(a)}
            >
              <ChipLabel on={chosen === a.name} label={a.name} />
            </View>
          ))}
      </View>
    </View>
  )
  return (
    <View className='area-choices'>
      {group('town', '镇、乡')}
      {group('community', '县城小区')}
    </View>
  )
}

/**
 * 按距离找: the phone's location, asked only on a tap and with its reason; or a town,
 * township or community the seeker picks from a list (no wheel to spin); then how far.
 */
export function SearchLocation({
  point,
  radiusKm,
  areas,
  maxRadiusKm,
  onPoint,
  onRadius,
}: {
  point: SearchPoint | null
  radiusKm: number | null
  areas: Area[]
  maxRadiusKm: number
  onPoint: (point: SearchPoint | null) => void
  onRadius: (km: number | null) => void
}) {
  const [locating, setLocating] = useState(false)
  const [problem, setProblem] = useState('')
  const [choosing, setChoosing] = useState(false)

  const locateHere = async () => {
    setLocating(true)
    setProblem('')
    const located = await locatePhone()
    setLocating(false)
    if (located.ok) {
      onPoint({ lat: located.lat, lng: located.lng, name: '我的位置' })
      setChoosing(false)
    } else {
      setProblem(located.reason)
      setChoosing(true)
    }
  }

  const choose = (area: Area) => {
    onPoint({ lat: area.lat, lng: area.lng, name: area.name })
    setChoosing(false)
    setProblem('')
  }

  return (
    <View className='jobs-block search-location'>
      <Text className='body-text jobs-label'>按距离找</Text>
      {point ? (
        <View>
          <Text className='body-text location-chosen' role='status'>
            ✓ 从「{point.name}」算距离
          </Text>
          <ChipChoices<number | null>
            label='距离'
            name='radius'
            value={radiusKm}
            onChange={onRadius}
            options={[
              { value: null, label: '不限距离' },
              ...RADIUS_CHOICES_KM.filter((km) => km <= maxRadiusKm).map((km) => ({ value: km, label: `${distanceText(km)}内` })),
            ]}
          />
          <View className='location-buttons'>
            <ActionButton id='change-place' onClick={() => setChoosing(!choosing)}>
              换个地点
            </ActionButton>
            <ActionButton id='clear-place' onClick={() => onPoint(null)}>
              不按距离
            </ActionButton>
          </View>
        </View>
      ) : (
        <View>
          <Text className='body-text muted location-reason'>{LOCATION_REASON}</Text>
          <View className='location-buttons'>
            <ActionButton id='use-my-location' kind='primary' disabled={locating} onClick={() => void locateHere()}>
              {locating ? '正在定位…' : '用我的位置'}
            </ActionButton>
            <ActionButton id='choose-place' onClick={() => setChoosing(!choosing)}>
              {choosing ? '收起地点' : '选镇或小区'}
            </ActionButton>
          </View>
          {locating && <Text className='body-text muted'>手机会问您是否允许，请点“允许”。</Text>}
        </View>
      )}
      {problem && (
        <Text role='alert' className='body-text notice location-problem'>
          {problem}
        </Text>
      )}
      {choosing && <AreaChoices areas={areas} chosen={point?.name ?? ''} onChoose={choose} />}
    </View>
  )
}
