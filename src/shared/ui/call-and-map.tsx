import { callPhone, openMap } from '@/shared/platform/device'
import { ActionButton, type ButtonKind } from './action-button'

export interface CallButtonProps {
  phone: string
  /** Whom the number reaches (永胜街道社区食堂, 王师傅…), when the visible words do not say it. */
  who?: string
  /** The visible words; 拨打电话 unless the screen says more (拨打居民电话, 拨打 0434-4212345). */
  text?: string
  kind?: ButtonKind
  id?: string
  className?: string
}

/**
 * Dials a number; the phone asks before calling, on WeChat and in the browser alike. Screen
 * readers hear the visible words first (so voice control finds the button by them), then
 * whom it reaches and the number: 拨打电话：永胜街道社区食堂 0434-4212345.
 */
export function CallButton({ phone, who, text = '拨打电话', kind, id, className }: CallButtonProps) {
  const label = [who ? `${text}：${who}` : text, text.includes(phone) ? '' : phone].filter(Boolean).join(' ')
  return (
    <ActionButton id={id} kind={kind} className={['call-phone', className].filter(Boolean).join(' ')} label={label} onClick={() => callPhone(phone)}>
      {text}
    </ActionButton>
  )
}

export interface MapButtonProps {
  name: string
  address: string
  /** The place's point; a place without one (null or unknown) gets no button. */
  lat: number | null | undefined
  lng: number | null | undefined
  id?: string
  className?: string
}

/** 查看地图 for a place whose point is known, nothing for one that is not: WeChat's map, or Amap on H5. */
export function MapButton({ name, address, lat, lng, id, className }: MapButtonProps) {
  if (lat === null || lat === undefined || lng === null || lng === undefined) return null
  return (
    <ActionButton id={id} className={['open-map', className].filter(Boolean).join(' ')} label={`查看地图：${name}`} onClick={() => openMap({ name, address, latitude: lat, longitude: lng })}>
      查看地图
    </ActionButton>
  )
}
