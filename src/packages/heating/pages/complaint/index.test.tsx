import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import { complaint, handled } from '../../../../../tests/doubles/heating-answers'
import ComplaintPage from './index'

describe('反映详情 (the page the notices open)', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('right after sending says the station already has N households, that it is dispatched, and the limits that now run', async () => {
    taroDouble.routerParams = { id: 'hcp-1', sent: '1' }
    handleActions({ detail: () => complaint({ incident: { id: 'inc-1', households: 3, dispatched: true, sentence: '本站已有3户反映，已派单' } }) })
    render(<ComplaintPage />)
    const sent = await screen.findByRole('group', { name: '已提交反映' })
    expect(within(sent).getByText('已提交反映')).toBeInTheDocument()
    expect(within(sent).getByText('本站已有3户反映，已派单')).toBeInTheDocument()
    expect(within(sent).getByText('办理时限：2小时内受理，24小时内上门测温')).toBeInTheDocument()
    expect(requestsFor('detail')[0].data.data).toEqual({ complaintId: 'hcp-1' })
    // The running limit as a key figure, in China time.
    expect(screen.getByText('11月29日 12:00')).toHaveClass('key-figure')
    expect(screen.getByText('前受理')).toBeInTheDocument()
    // The contact phone is masked once saved.
    expect(screen.getByText('139****5678')).toBeInTheDocument()
  })

  it('opened from a notice shows the incident in the header instead of the 已提交 banner', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({ detail: () => complaint({ incident: { id: 'inc-1', households: 2, dispatched: false, sentence: '本站已有2户反映，正在安排处理' } }) })
    render(<ComplaintPage />)
    expect(await screen.findByText('本站已有2户反映，正在安排处理')).toBeInTheDocument()
    expect(screen.queryByText('已提交反映')).toBeNull()
  })

  it('shows the timeline, the measured temperature and the reference refund when below the standard', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({ detail: () => handled() })
    render(<ComplaintPage />)
    expect(await screen.findByText('16.8℃')).toHaveClass('key-figure')
    expect(screen.getByText('实测16.8℃，低于18℃，参考退费：当月供热费的30%')).toBeInTheDocument()
    const timeline = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(timeline).toEqual([
      expect.stringMatching(/^已提交11月29日 10:00 · 居民$/),
      expect.stringMatching(/^已受理11月29日 10:30 · 供热调度员$/),
      expect.stringMatching(/^已派单11月29日 11:00 · 供热调度员派单：王师傅$/),
      expect.stringMatching(/^已上门测温11月29日 14:00 · 供热调度员实测16.8℃$/),
      expect.stringMatching(/^已处理11月29日 15:00 · 供热调度员调节入户阀门并排气，复测19.5℃$/),
    ])
    expect(screen.getByText('139****0011')).toBeInTheDocument()
    // The result is said at the top, not only in the timeline.
    const header = screen.getByRole('group', { name: '室温不达标 已处理' })
    expect(within(header).getByText('处理结果')).toBeInTheDocument()
    expect(within(header).getByText('调节入户阀门并排气，复测19.5℃')).toBeInTheDocument()
  })

  it('confirms 办结 and shows the complaint as the function answers it', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({
      detail: () => handled(),
      confirm: () => handled({ status: 'closed', statusLabel: '已办结', canConfirm: false, autoCloseAt: null }),
    })
    render(<ComplaintPage />)
    expect(await screen.findByText('12月2日 15:00')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '已解决，确认办结' }))
    await waitFor(() => expect(requestsFor('confirm')).toHaveLength(1))
    expect(requestsFor('confirm')[0].data.data).toEqual({ complaintId: 'hcp-1' })
    expect(await screen.findByText('已办结')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '已解决，确认办结' })).toBeNull()
    expect(taroDouble.toasts).toContainEqual({ title: '已确认办结', icon: 'success' })
  })

  it('reopens within the window only with a reason, saying until when', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({
      detail: () => handled(),
      reopen: (data) => complaint({ status: 'reopened', statusLabel: '重新处理', statusTone: 'warn', timeline: [...handled().timeline, { from: 'resolved', status: 'reopened', statusLabel: '重新处理', at: '2026-11-30T01:00:00.000Z', role: 'resident', note: String(data.reason) }] }),
    })
    render(<ComplaintPage />)
    expect(await screen.findByText('12月6日 15:00')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '没解决，申请重新处理' }))
    const send = screen.getByRole('button', { name: '提交重新处理申请' })
    expect(send).toHaveAttribute('aria-disabled', 'true')
    expect(send).toHaveAccessibleDescription('请写明哪里还没解决（至少2个字）')
    fireEvent.input(await screen.findByRole('textbox', { name: '哪里还没解决' }), { target: { value: '第二天又不热了' } })
    await waitFor(() => expect(send).not.toHaveAttribute('aria-disabled'))
    fireEvent.click(send)
    await waitFor(() => expect(requestsFor('reopen')).toHaveLength(1))
    expect(requestsFor('reopen')[0].data.data).toEqual({ complaintId: 'hcp-1', reason: '第二天又不热了' })
    expect(await screen.findByText('第二天又不热了')).toBeInTheDocument()
  })

  it('says why a late reopening is refused', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({
      detail: () => handled(),
      reopen: () => {
        throw apiFailure(409, 'REOPEN_WINDOW_CLOSED', '已处理超过7天（可申请至12月6日 15:00），不能申请重新处理')
      },
    })
    render(<ComplaintPage />)
    fireEvent.click(await screen.findByRole('button', { name: '没解决，申请重新处理' }))
    fireEvent.input(await screen.findByRole('textbox', { name: '哪里还没解决' }), { target: { value: '还是冷' } })
    fireEvent.click(screen.getByRole('button', { name: '提交重新处理申请' }))
    expect(await screen.findByText('已处理超过7天（可申请至12月6日 15:00），不能申请重新处理')).toHaveAttribute('role', 'alert')
  })

  it('rates once, 1 to 5 with a comment, and then shows the rating instead of the form', async () => {
    taroDouble.routerParams = { id: 'hcp-1' }
    handleActions({
      detail: () => handled({ canConfirm: false, canReopen: false, status: 'closed', statusLabel: '已办结' }),
      rate: (data) => handled({ status: 'closed', statusLabel: '已办结', canConfirm: false, canReopen: false, canRate: false, rating: { score: Number(data.score), comment: String(data.comment) } }),
    })
    render(<ComplaintPage />)
    const send = await screen.findByRole('button', { name: '提交评价' })
    expect(send).toHaveAccessibleDescription('请先选择评分')
    fireEvent.click(screen.getByRole('radio', { name: /5分 很满意/ }))
    fireEvent.input(await screen.findByRole('textbox', { name: '想说的话（选填，最多300字）' }), { target: { value: '师傅来得快' } })
    fireEvent.click(send)
    await waitFor(() => expect(requestsFor('rate')).toHaveLength(1))
    expect(requestsFor('rate')[0].data.data).toEqual({ complaintId: 'hcp-1', score: 5, comment: '师傅来得快' })
    const rated = await screen.findByRole('group', { name: '您的评价' })
    expect(within(rated).getByText('5分 很满意')).toBeInTheDocument()
    expect(within(rated).getByText('师傅来得快')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull()
  })

  it('asks to sign in when nobody is, and says so when the link names nothing', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    taroDouble.routerParams = { id: 'hcp-1' }
    const { unmount } = render(<ComplaintPage />)
    expect(screen.getByText('请先登录，查看您反映的供热问题。')).toBeInTheDocument()
    unmount()
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    taroDouble.routerParams = {}
    render(<ComplaintPage />)
    expect(screen.getByText('没有指定要查看的反映。')).toBeInTheDocument()
  })
})
