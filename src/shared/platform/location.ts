import Taro from '@tarojs/taro'
import { wgs84ToGcj02, type LatLng } from '@/domain/gcj02'
import { isWeapp } from './build-env'

export type LocationAnswer = ({ ok: true } & LatLng) | { ok: false; reason: 'denied' | 'unavailable' }

/** A phone that never answers (no fix indoors, a dialog left open) must not leave the page waiting. */
const GIVE_UP_MS = 15_000

const deniedWords = /auth den|denied|permission|拒绝/i

/**
 * The phone's location once, in GCJ-02 (the datum of WeChat's and Amap's maps and of our
 * places). Call it only after telling the person why it is asked; a refusal or a failure is
 * an answer (`ok: false`), never an error, so the caller can offer another way.
 */
export async function currentLocation(): Promise<LocationAnswer> {
  const ask = isWeapp() ? Taro.getLocation({ type: 'gcj02' }) : Taro.getLocation({ type: 'wgs84' })
  let timer: ReturnType<typeof setTimeout> | undefined
  const giveUp = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject({ errMsg: 'getLocation:fail timeout' }), GIVE_UP_MS)
  })
  try {
    const { latitude, longitude } = await Promise.race([ask, giveUp])
    const point = { lat: latitude, lng: longitude }
    return { ok: true, ...(isWeapp() ? point : wgs84ToGcj02(point)) }
  } catch (failure) {
    const message = (failure as { errMsg?: string })?.errMsg ?? String(failure)
    return { ok: false, reason: deniedWords.test(message) ? 'denied' : 'unavailable' }
  } finally {
    clearTimeout(timer)
  }
}
