import Taro from '@tarojs/taro'
import { isWeapp } from './build-env'

export interface Place {
  name: string
  address: string
  latitude: number
  longitude: number
}

/**
 * Shows a place on a map: WeChat's own map in the mini-app; on H5, where Taro.openLocation
 * needs WeChat's JS-SDK, an Amap (高德) marker page, which phones open in the map app.
 */
export function openMap(place: Place): void {
  if (isWeapp()) {
    void Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 17 })
    return
  }
  const url = `https://uri.amap.com/marker?position=${place.longitude},${place.latitude}&name=${encodeURIComponent(place.name)}&callnative=1`
  if (typeof window !== 'undefined') window.open(url, '_blank', 'noopener')
}

/** Dials a number (the phone asks before calling, on both platforms). */
export function callPhone(phoneNumber: string): void {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

/** Subscribe messages exist only inside WeChat: on H5 a reminder cannot be offered. */
export function canSubscribeMessages(): boolean {
  return isWeapp() && typeof (Taro as unknown as { requestSubscribeMessage?: unknown }).requestSubscribeMessage === 'function'
}
