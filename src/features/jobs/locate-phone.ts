import { currentLocation } from '@/shared/platform/location'

export type Located = { ok: true; lat: number; lng: number } | { ok: false; reason: string }

/**
 * The phone's location in GCJ-02 (the datum of our places), asked only when the seeker taps
 * 用我的位置 (never on opening a page); a refusal or a failure says what to do instead.
 */
export async function locatePhone(): Promise<Located> {
  const answer = await currentLocation()
  if (answer.ok) return { ok: true, lat: answer.lat, lng: answer.lng }
  const start = answer.reason === 'denied' ? '没有得到位置权限。' : '暂时没有取得位置。'
  return { ok: false, reason: `${start}可以在下面选择您所在的镇或小区，也可以不按距离找。` }
}
