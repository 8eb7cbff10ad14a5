import Taro from '@tarojs/taro'
import { isWeapp } from '@/shared/platform/build-env'

export type Located = { ok: true; lat: number; lng: number } | { ok: false; reason: string }

/**
 * The phone's location, asked only when the seeker taps 用我的位置 (never on opening a page).
 * WeChat's maps and our stored places use GCJ-02; the browser only knows WGS-84 (a few
 * hundred metres apart, which a search by kilometres tolerates).
 */
export async function locatePhone(): Promise<Located> {
  try {
    const res = await Taro.getLocation({ type: isWeapp() ? 'gcj02' : 'wgs84' })
    return { ok: true, lat: res.latitude, lng: res.longitude }
  } catch (failure) {
    const message = String((failure as { errMsg?: string; message?: string })?.errMsg ?? (failure as Error)?.message ?? '')
    const denied = /deny|denied|permission|auth/i.test(message)
    return {
      ok: false,
      reason: denied ? '没有得到位置权限。可以在下面选择您所在的镇或小区，也可以不按距离找。' : '暂时没有取得位置。可以在下面选择您所在的镇或小区，也可以不按距离找。',
    }
  }
}
