import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { SENIOR_MODE_STORAGE_KEY } from '@/features/senior-mode/senior-mode-store'
import { handleActions, requestsFor, taroDouble } from '../../../tests/doubles/taro'
import MinePage from './index'

const resident = { id: 'u-1', displayName: '李建国', roles: [{ role: 'resident' as const, scope: null }] }

const members = [
  {
    id: 'm-1',
    name: '李建国',
    relation: 'self',
    relationLabel: '本人',
    idNumberMasked: '2203**********0017',
    phoneMasked: '138****5678',
    birthDate: '1968-05-02',
    sex: 'M',
    age: 57,
  },
  {
    id: 'm-2',
    name: '王秀兰',
    relation: 'mother',
    relationLabel: '母亲',
    idNumberMasked: '2203**********0021',
    phoneMasked: '139****0000',
    birthDate: '1931-01-01',
    sex: 'F',
    age: 94,
  },
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
    const { container } = render(<MinePage />)

    expect(await screen.findByText('居民 李建国')).toBeInTheDocument()
    expect(screen.getByText('新用户体验')).toBeInTheDocument()
    fireEvent.click(container.querySelector('#persona-resident')!)

    await waitFor(() => expect(useSessionStore.getState().token).toBe('token-1'))
    expect(requestsFor('devLogin')[0].data.data).toEqual({ persona: 'resident' })
    expect(await screen.findByText('退出登录')).toBeInTheDocument()
  })

  it('creates a fresh dev account for 新用户体验', async () => {
    handleActions({
      loginOptions: () => ({ devLogin: true, wechatLogin: false, personas: [] }),
      devLogin: () => ({ token: 'token-2', expiresAt: '2026-12-06T00:00:00Z', user: { ...resident, id: 'u-2' } }),
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members: [], maxMembers: 10 }),
    })
    render(<MinePage />)
    fireEvent.click(await screen.findByText('新用户体验'))
    await waitFor(() => expect(requestsFor('devLogin')).toHaveLength(1))
    expect(requestsFor('devLogin')[0].data.data).toEqual({ openid: expect.stringMatching(/^dev-[a-z0-9]+$/) })
  })

  it('shows family members with only masked ID and phone numbers', async () => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
    })
    const { container } = render(<MinePage />)

    expect(await screen.findByText('身份证 2203**********0021')).toBeInTheDocument()
    expect(screen.getByText('手机 139****0000')).toBeInTheDocument()
    expect(screen.getByText('94岁')).toBeInTheDocument()
    expect(screen.getByText('母亲')).toBeInTheDocument()
    expect(container.querySelectorAll('.member-row')).toHaveLength(2)
    expect(requestsFor('members')[0].header.Authorization).toBe('Bearer token-1')
  })

  it('links a signed-in resident to 我的挂号', async () => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
    })
    render(<MinePage />)
    fireEvent.click(await screen.findByText(/我的挂号/))
    expect(taroDouble.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/clinic/pages/mine/index' })
  })

  it('removes a member only after the person confirms', async () => {
    signIn()
    handleActions({
      me: () => ({ user: resident, unreadMessages: 0 }),
      members: () => ({ members, maxMembers: 10 }),
      removeMember: (data) => ({ memberId: data.memberId, removed: true }),
    })
    const { container } = render(<MinePage />)
    await screen.findByText('王秀兰')

    taroDouble.modalConfirms = false
    fireEvent.click(container.querySelectorAll('.member-remove')[1])
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(requestsFor('removeMember')).toHaveLength(0)

    taroDouble.modalConfirms = true
    fireEvent.click(container.querySelectorAll('.member-remove')[1])
    await waitFor(() => expect(container.querySelectorAll('.member-row')).toHaveLength(1))
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
    fireEvent.click(await screen.findByText('重试'))
    expect(await screen.findByText('王秀兰')).toBeInTheDocument()
  })

  it('turns on 长辈模式: the page gets the senior class and the choice is saved on the device', async () => {
    handleActions({ loginOptions: () => ({ devLogin: false, wechatLogin: false, personas: [] }) })
    const { container } = render(<MinePage />)
    const page = container.querySelector('.page')!
    expect(page).not.toHaveClass('senior')

    const toggle = await waitFor(() => {
      const input = container.querySelector('#senior-mode-switch input')
      if (!input) throw new Error('switch not rendered yet')
      return input
    })
    fireEvent.click(toggle)

    await waitFor(() => expect(page).toHaveClass('senior'))
    expect(JSON.parse(String(taroDouble.storage.get(SENIOR_MODE_STORAGE_KEY))).state).toEqual({ enabled: true })
  })
})
