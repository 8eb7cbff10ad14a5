import Taro from '@tarojs/taro'

const MESSAGES_TAB_INDEX = 1

let clock = 0
let changedHere = 0

/** Taken before a request whose answer carries the unread count, to tell later whether the answer is older than a read made here. */
export const unreadStamp = (): number => ++clock

/** Shows a count this device has just changed or confirmed (a message read here and stored, a logout). */
export function showUnreadBadge(unread: number): void {
  changedHere = ++clock
  applyBadge(unread)
}

/**
 * Shows the count an answer carried, unless a read made here was changed or stored after that
 * request left: an older answer (counted before the read was stored) never puts the badge back.
 * True when shown.
 */
export function reportUnread(unread: number, stamp: number): boolean {
  if (stamp < changedHere) return false
  applyBadge(unread)
  return true
}

/** The 消息 tab's badge; silently skipped where tab badges are unsupported. */
function applyBadge(unread: number): void {
  try {
    const call = unread > 0
      ? Taro.setTabBarBadge({ index: MESSAGES_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) })
      : Taro.removeTabBarBadge({ index: MESSAGES_TAB_INDEX })
    // Fails on a non-tab page (weapp) and on H5 before the tab bar mounts: the badge is a hint only.
    Promise.resolve(call).catch(() => undefined)
  } catch {
    // not supported on this platform
  }
}
