import { useCallback, useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { reportUnread, showUnreadBadge, unreadStamp } from '@/shared/platform/tab-badge'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { accountApi } from '../api'
import { roleLabel } from '@/shared/session/role-labels'
import './account-summary.scss'

export function AccountSummary() {
  const user = useSessionStore((state) => state.user)
  const setUser = useSessionStore((state) => state.setUser)
  const clear = useSessionStore((state) => state.clear)

  // Refresh who we are and the unread badge on mount and whenever the page shows again (back
  // from the member form, which has just written a notice); an expired session clears itself.
  const refresh = useCallback(() => {
    const stamp = unreadStamp()
    accountApi
      .me()
      .then(({ user: fresh, unreadMessages }) => {
        setUser(fresh)
        reportUnread(unreadMessages, stamp)
      })
      .catch(() => undefined)
  }, [setUser])
  useEffect(refresh, [refresh])
  useDidShow(refresh)

  if (!user) return null

  const logout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出登录吗？', confirmText: '退出', cancelText: '取消' })
    if (confirm) {
      clear()
      showUnreadBadge(0)
    }
  }

  return (
    <View className='card account-summary'>
      <View className='account-info'>
        <Text className='key-figure account-name'>{user.displayName}</Text>
        <View className='role-list'>
          {user.roles.map(({ role, scope }) => (
            <Text key={`${role}-${scope ?? ''}`} className='role-chip body-text'>
              {roleLabel(role)}
            </Text>
          ))}
        </View>
      </View>
      <ActionButton id='logout' className='logout-button' onClick={() => void logout()}>
        退出登录
      </ActionButton>
    </View>
  )
}
