import Taro from '@tarojs/taro'

const MESSAGES_TAB_INDEX = 1

/** Shows the unread count on the 消息 tab; silently skipped where tab badges are unsupported. */
export function showUnreadBadge(unread: number): void {
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
