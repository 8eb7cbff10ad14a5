import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../tests/doubles/taro'
import MessagesPage from './index'

const resident = { id: 'u-1', displayName: '李建国', roles: [{ role: 'resident' as const, scope: null }] }

describe('消息', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('says there are no messages yet when the list is empty', async () => {
    handleActions({ messages: () => ({ messages: [], unread: 0 }) })
    render(<MessagesPage />)
    expect(await screen.findByText('暂时没有消息。挂号、助餐、供热报修有进展时会在这里通知您。')).toBeInTheDocument()
  })

  it('shows each message with its China-time timestamp, and marks it read when tapped', async () => {
    handleActions({
      messages: () => ({
        messages: [
          { id: 'msg-1', kind: 'member', title: '家庭成员已添加', body: '您已添加母亲王秀兰。', createdAt: new Date().toISOString().slice(0, 4) + '-11-29T06:05:00.000Z', read: false },
        ],
        unread: 1,
      }),
      markRead: (data) => ({ messageId: data.messageId, read: true }),
    })
    render(<MessagesPage />)

    const message = await screen.findByRole('button', { name: /^未读\s*家庭成员已添加/ })
    expect(screen.getByText('11月29日 14:05')).toBeInTheDocument()
    expect(screen.getByText('1条未读')).toBeInTheDocument()
    expect(taroDouble.tabBadges.get(1)).toBe('1')

    fireEvent.click(message)
    await waitFor(() => expect(requestsFor('markRead')).toHaveLength(1))
    expect(requestsFor('markRead')[0].data.data).toEqual({ messageId: 'msg-1' })
    expect(screen.getByRole('button', { name: /^家庭成员已添加/ })).toBeInTheDocument()
    expect(screen.queryByText('未读')).toBeNull()
    expect(screen.getByText('全部已读')).toBeInTheDocument()
    expect(taroDouble.tabBadges.has(1)).toBe(false)
  })

  it('opens the page a notice is about, and a tab page with switchTab', async () => {
    handleActions({
      messages: () => ({
        messages: [
          { id: 'msg-2', kind: 'heating_accepted', title: '供热反映已受理', body: '长青小区3号楼的反映已受理。', page: '/packages/heating/pages/complaint/index?id=hc_1', createdAt: '2026-11-29T06:05:00.000Z', read: false },
          { id: 'msg-3', kind: 'member_added', title: '家庭成员已添加', body: '已添加母亲。', page: '/pages/mine/index', createdAt: '2026-11-29T06:00:00.000Z', read: true },
          { id: 'msg-4', kind: 'notice', title: '系统通知', body: '没有链接的通知。', page: null, createdAt: '2026-11-29T05:00:00.000Z', read: true },
        ],
        unread: 1,
      }),
      markRead: (data) => ({ messageId: data.messageId, read: true }),
    })
    render(<MessagesPage />)
    fireEvent.click(await screen.findByRole('button', { name: /供热反映已受理/ }))
    await waitFor(() => expect(taroDouble.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/heating/pages/complaint/index?id=hc_1' }))
    fireEvent.click(screen.getByRole('button', { name: /^家庭成员已添加/ }))
    await waitFor(() => expect(taroDouble.navigations).toContainEqual({ kind: 'switchTab', url: '/pages/mine/index' }))
    expect(screen.getAllByText('查看详情 ›')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: /系统通知/ }))
    expect(taroDouble.navigations).toHaveLength(2)
  })

  it('signs the person out when the server says the session has expired', async () => {
    handleActions({
      messages: () => {
        throw apiFailure(401, 'UNAUTHENTICATED', '登录已过期，请重新登录')
      },
    })
    render(<MessagesPage />)
    expect(await screen.findByText('登录后可查看挂号、助餐、供热报修等消息。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    expect(useSessionStore.getState().user).toBeNull()
  })
})
