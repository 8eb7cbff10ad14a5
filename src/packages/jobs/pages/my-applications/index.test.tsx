import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { application, card, resident } from '../../../../../tests/doubles/jobs-answers'
import MyApplicationsPage from './index'

const contacted = application({
  id: 'app-2',
  status: 'contacted',
  statusLabel: '已联系',
  canWithdraw: true,
  timeline: [
    { from: null, status: 'applied', statusLabel: '已报名', at: '2026-11-29T02:00:00.000Z', role: 'resident', note: null },
    { from: 'applied', status: 'contacted', statusLabel: '已联系', at: '2026-11-29T03:30:00.000Z', role: 'employer', note: null },
  ],
})
const declined = application({
  id: 'app-3',
  postingId: 'job-9',
  status: 'declined',
  statusLabel: '未录用',
  statusTone: 'neutral',
  canWithdraw: false,
  contact: null,
  posting: { ...card({ id: 'job-9', title: '搬运装卸工', payText: '200元/天 · 日结' }), status: 'filled', statusLabel: '已招满' },
})

describe('我的报名', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
  })

  it('shows each application’s status and steps, and the employer’s phone once contacted', async () => {
    handleActions({ myApplications: () => ({ applications: [contacted, declined] }) })
    render(<MyApplicationsPage />)
    const live = await screen.findByRole('group', { name: '李向东 小区保洁员（日结）' })
    expect(within(live).getAllByText('已联系').length).toBeGreaterThanOrEqual(2)
    expect(within(live).getByText('用工单位已联系您。请按电话里约定的时间到岗，有疑问可以回拨。')).toBeInTheDocument()
    expect(within(live).getByText('11月29日 11:30')).toBeInTheDocument()
    expect(within(live).getByText(/· 用工单位$/)).toBeInTheDocument()
    fireEvent.click(within(live).getByRole('button', { name: /拨打电话/ }))
    expect(taroDouble.phoneCalls).toEqual(['13904340101'])

    const ended = screen.getByRole('group', { name: '李向东 搬运装卸工' })
    expect(within(ended).getAllByText('未录用').length).toBeGreaterThanOrEqual(1)
    expect(within(ended).getByText('已招满')).toBeInTheDocument()
    expect(within(ended).queryByRole('button', { name: /拨打电话/ })).toBeNull()
    expect(within(ended).queryByRole('button', { name: '撤回报名' })).toBeNull()
  })

  it('withdraws only after 撤回 in the dialog, and reads the list again', async () => {
    let withdrawn = false
    handleActions({
      myApplications: () => ({ applications: [withdrawn ? application({ status: 'withdrawn', statusLabel: '已撤回', statusTone: 'neutral', canWithdraw: false, contact: null }) : application()] }),
      withdraw: () => {
        withdrawn = true
        return application({ status: 'withdrawn' })
      },
    })
    taroDouble.modalConfirms = false
    render(<MyApplicationsPage />)
    fireEvent.click(await screen.findByRole('button', { name: '撤回报名' }))
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain('确定撤回李向东对「小区保洁员（日结）」的报名吗？')
    expect(requestsFor('withdraw')).toHaveLength(0)

    taroDouble.modalConfirms = true
    fireEvent.click(screen.getByRole('button', { name: '撤回报名' }))
    await waitFor(() => expect(requestsFor('withdraw')).toHaveLength(1))
    expect(requestsFor('withdraw')[0].data.data).toEqual({ applicationId: 'app-1' })
    expect(await screen.findByText('您已撤回报名。')).toBeInTheDocument()
  })

  it('says there is nothing yet and leads to the search; asks a signed-out visitor to sign in', async () => {
    handleActions({ myApplications: () => ({ applications: [] }) })
    const { unmount } = render(<MyApplicationsPage />)
    expect(await screen.findByText('还没有报名。找到合适的岗位后点“报名”，进度会显示在这里。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '去找活' }))
    expect(taroDouble.navigations.at(-1)?.url).toBe('/packages/jobs/pages/index/index')
    unmount()

    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    taroDouble.requests = []
    render(<MyApplicationsPage />)
    expect(screen.getByText('请先登录，查看您和家人的报名。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
