import { callPhone, openMap, type Place } from '@/shared/platform/device'
import { ActionButton, type ButtonKind } from './action-button'

export interface CallButtonProps {
  phone: string
  /** Whom the number reaches (永胜街道社区食堂, 维修人员王师傅…): screen readers hear it with the number. */
  who: string
  /** The visible words; 拨打电话 unless the screen says more (拨打居民电话). */
  text?: string
  kind?: ButtonKind
  id?: string
  className?: string
}

/** Dials a number; the phone asks before calling, on WeChat and in the browser alike. */
export function CallButton({ phone, who, text = '拨打电话', kind, id, className }: CallButtonProps) {
  return (
    <ActionButton id={id} kind={kind} className={['call-phone', className].filter(Boolean).join(' ')} label={`拨打电话：${who} ${phone}`} onClick={() => callPhone(phone)}>
      {text}
    </ActionButton>
  )
}

/** 查看地图 for a place whose point is known, nothing for one that is not: WeChat's map, or Amap on H5. */
export function MapButton({ place, id, className }: { place: Place | null; id?: string; className?: string }) {
  if (!place) return null
  return (
    <ActionButton id={id} className={['open-map', className].filter(Boolean).join(' ')} label={`查看地图：${place.name}`} onClick={() => openMap(place)}>
      查看地图
    </ActionButton>
  )
}
