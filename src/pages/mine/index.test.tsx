import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { SENIOR_MODE_STORAGE_KEY, useSeniorModeStore } from '@/features/senior-mode/senior-mode-store'
import { handleActions, requestsFor, taroDouble } from '../../../tests/doubles/taro'
import { member } from '../../../tests/doubles/clinic-answers'
import MinePage from './index'

const resident = { id: 'u-1', displayName: '李建国', roles: [{ role: 'resident' as const, scope: null }] }

const members = [
  member({ id: 'm-1', name: '李建国', relation: 'self', relationLabel: '本人', idNumberMasked: '2203**********0017', phoneMasked: '138****5678', sex: 'M', age: 57 }),
  member({ id: 'm-2', name: '王秀兰', idNumberMasked: '2203**********0021', phoneMasked: '139****0000', age: 94 }),
]

function signIn() {
  useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
}

describe('我的', () => {
  it('offers the test personas and a new-user login when dev login is on, and signs in with the chosen one', async () => {
    handleActions({
      loginOptions: () => ({
        devLogin: true,
        wechatLogin: false,
        personas: [
          { persona: 'resident', label: '居民 李建国' },
          { persona: 'hospital_admin', label: '医院管理员' },
        ],
      }),
      devLogin: () => ({ token: 'token-1', expiresAt: '2026-12-06T00:00:00Z', user: resident }),
      me: () => ({ user: resident, unreadMessages: 2 }),
      members: () => ({ members, maxMembers: 10 }),
    })
    render(<MinePage />)

    expect(await screen.findByRole('button', { name: '居民 李建国' })).toBeInTheDocument()
    expect(screen.getByText('新用户体验')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '居民 李建国' }))

    await waitFor(() => expect(useSessionStore.getState().token).toBe('token-1'))
    expect(requestsFor('devLogin')[0].data.data).toEqual({ persona: 'resident' })
    expect(await screen.findByRole('button', { name: '退出登录' })).toBeInTheDocument()
  })

  it('creates a fresh dev account for 新用户体验', async () => {
    handleActions({
      loginOptions: () => ({ devLogin: true, wechatLogin: false, personas: [] }),
      devLogin: () => ({ token: 'token-2', expiresAt: '2026-12-06T00:00:00Z', user: { ...resident, id: 'u-2' } }),
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members: [], maxMembers: 10 }),
    })
    render(<MinePage />)
    fireEvent.click(await screen.findByRole('button', { name: '新用户体验' }))
    await waitFor(() => expect(requestsFor('devLogin')).toHaveLength(1))
    expect(requestsFor('devLogin')[0].data.data).toEqual({ openid: expect.stringMatching(/^dev-[a-z0-9]+$/) })
  })

  it('shows family members with only masked ID and phone numbers', async () => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
    })
    render(<MinePage />)

    expect(await screen.findByText('身份证 2203**********0021')).toBeInTheDocument()
    expect(screen.getByText('手机 139****0000')).toBeInTheDocument()
    expect(screen.getByText('94岁')).toBeInTheDocument()
    expect(screen.getByText('母亲')).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^编辑/ })).toHaveLength(2)
    expect(screen.queryByText(/\d{17}[\dX]/)).toBeNull()
    expect(requestsFor('members')[0].header.Authorization).toBe('Bearer token-1')
  })

  it.each([
    ['我的挂号', '/packages/clinic/pages/mine/index'],
    ['我的供热反映', '/packages/heating/pages/mine/index'],
    ['我的订餐', '/packages/canteen/pages/orders/index'],
    ['我的报名', '/packages/jobs/pages/my-applications/index'],
  ])('links a signed-in resident to %s', async (label, url) => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
    })
    render(<MinePage />)
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(label) }))
    expect(taroDouble.navigations).toContainEqual({ kind: 'navigateTo', url })
  })

  it('removes a member only after the person confirms', async () => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
      removeMember: (data) => ({ memberId: data.memberId, removed: true }),
    })
    render(<MinePage />)

    taroDouble.modalConfirms = false
    fireEvent.click(await screen.findByRole('button', { name: '删除王秀兰' }))
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain('确定删除「王秀兰」吗？')
    expect(requestsFor('removeMember')).toHaveLength(0)

    taroDouble.modalConfirms = true
    fireEvent.click(screen.getByRole('button', { name: '删除王秀兰' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '删除王秀兰' })).toBeNull())
    expect(screen.getByRole('button', { name: '删除李建国' })).toBeInTheDocument()
    expect(requestsFor('removeMember')[0].data.data).toEqual({ memberId: 'm-2' })
  })

  it('shows an error with 重试 when the member list cannot load, and retries', async () => {
    signIn()
    let attempts = 0
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => {
        attempts += 1
        if (attempts === 1) throw new Error('network down')
        return { members, maxMembers: 10 }
      },
    })
    render(<MinePage />)
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByText('王秀兰')).toBeInTheDocument()
  })

  it('turns on 长辈模式: the page gets the senior class and the choice is saved on the device', async () => {
    handleActions({ loginOptions: () => ({ devLogin: false, wechatLogin: false, personas: [] }) })
    render(<MinePage />)
    const toggle = await screen.findByRole('checkbox', { name: '长辈模式' })
    expect(useSeniorModeStore.getState().enabled).toBe(false)
    fireEvent.click(toggle)

    await waitFor(() => expect(useSeniorModeStore.getState().enabled).toBe(true))
    // The document carries the mode for Taro's title bar, tab bar and dialogs on H5.
    expect(document.documentElement).toHaveClass('senior-mode')
    expect(JSON.parse(String(taroDouble.storage.get(SENIOR_MODE_STORAGE_KEY))).state).toEqual({ enabled: true })
  })
})
