import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import type { ComplaintView } from '@/domain/heating/contract'
import { complaint, dispatcher } from '../../../../../tests/doubles/heating-answers'
import DeskPage from './index'

const accepted = complaint({ status: 'accepted', statusLabel: '已受理', allowedMoves: ['dispatched', 'rejected'], phone: '13904345678' })
const dispatched = complaint({ status: 'dispatched', statusLabel: '已派单', allowedMoves: ['measured'], phone: '13904345678', crew: { name: '王师傅', phoneMasked: '139****0011', phone: '13904340011' } })

/** The desk reads `detail` (phones in full); a move answers with phones masked, and `detail` then shows the moved complaint. */
function desk(initial: ComplaintView, moved?: ComplaintView) {
  let current = initial
  handleActions({
    detail: () => current,
    transition: () => {
      current = { ...moved!, phone: initial.phone }
      return { ...moved!, phone: undefined }
    },
  })
}

describe('办理反映 (the dispatcher’s desk, the page the 督办 notices open)', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: dispatcher })
    taroDouble.routerParams = { complaintId: 'hcp-1' }
  })

  it('shows the resident’s phone in full with 拨打 (only here), and the moves the server allows', async () => {
    handleActions({ detail: () => complaint({ phone: '13904345678' }) })
    render(<DeskPage />)
    expect(await screen.findByText('13904345678')).toHaveClass('key-figure')
    fireEvent.click(screen.getByRole('button', { name: '拨打居民电话 13904345678' }))
    expect(taroDouble.phoneCalls).toEqual(['13904345678'])
    expect(screen.getByRole('button', { name: '受理' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '不予受理' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '派单' })).toBeNull()
    expect(requestsFor('detail')[0].data.data).toEqual({ complaintId: 'hcp-1' })
  })

  it('accepts at once and shows the answer', async () => {
    desk(complaint({ phone: '13904345678' }), accepted)
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '受理' }))
    await waitFor(() => expect(requestsFor('transition')).toHaveLength(1))
    expect(requestsFor('transition')[0].data.data).toEqual({ complaintId: 'hcp-1', to: 'accepted' })
    expect(await screen.findByRole('button', { name: '派单' })).toBeInTheDocument()
    expect(taroDouble.toasts).toContainEqual({ title: '已受理', icon: 'success' })
    // Still the resident's phone in full: the desk read the complaint again after the move.
    await waitFor(() => expect(requestsFor('detail')).toHaveLength(2))
    expect(screen.getByText('13904345678')).toBeInTheDocument()
  })

  it('refuses only with a reason', async () => {
    desk(accepted, complaint({ status: 'rejected', statusLabel: '不予受理', statusTone: 'bad', allowedMoves: [] }))
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '不予受理' }))
    const confirm = screen.getByRole('button', { name: '确认不予受理' })
    expect(confirm).toHaveAccessibleDescription('请写明不予受理的原因')
    fireEvent.input(await screen.findByRole('textbox', { name: '不予受理的原因' }), { target: { value: '非集中供热用户' } })
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'))
    fireEvent.click(confirm)
    await waitFor(() => expect(requestsFor('transition')).toHaveLength(1))
    expect(requestsFor('transition')[0].data.data).toEqual({ complaintId: 'hcp-1', to: 'rejected', note: '非集中供热用户' })
  })

  it('dispatches with the crew’s name and phone', async () => {
    desk(accepted, dispatched)
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '派单' }))
    const confirm = screen.getByRole('button', { name: '确认派单' })
    expect(confirm).toHaveAccessibleDescription('请填写维修人员姓名')
    fireEvent.input(await screen.findByRole('textbox', { name: '维修人员姓名' }), { target: { value: '王师傅' } })
    expect(confirm).toHaveAccessibleDescription('请填写维修人员的11位手机号')
    fireEvent.input(await screen.findByRole('spinbutton', { name: '维修人员手机号' }), { target: { value: '13904340011' } })
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'))
    fireEvent.click(confirm)
    await waitFor(() => expect(requestsFor('transition')).toHaveLength(1))
    expect(requestsFor('transition')[0].data.data).toEqual({ complaintId: 'hcp-1', to: 'dispatched', crew: { name: '王师傅', phone: '13904340011' } })
    // The crew's phone in full, to call them, on the desk.
    fireEvent.click(await screen.findByRole('button', { name: '拨打维修人员：王师傅 13904340011' }))
    expect(taroDouble.phoneCalls).toEqual(['13904340011'])
  })

  it.each([
    ['', '请填写实测温度'],
    ['45', '实测温度应在-10.0℃至40.0℃之间'],
    ['16.85', '温度精确到0.1℃'],
  ])('records a measurement only with a temperature: %p says %p', async (text, why) => {
    handleActions({ detail: () => dispatched })
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '录入上门实测' }))
    fireEvent.input(await screen.findByRole('textbox', { name: '上门实测室温（℃）' }), { target: { value: text } })
    expect(screen.getByRole('button', { name: '保存实测温度' })).toHaveAccessibleDescription(why)
  })

  it('records the measured temperature, leaving the time to the server unless changed', async () => {
    desk(dispatched, complaint({ status: 'measured', statusLabel: '已上门测温', measuredCelsius: 16.8, allowedMoves: ['resolved'] }))
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '录入上门实测' }))
    fireEvent.input(await screen.findByRole('textbox', { name: '上门实测室温（℃）' }), { target: { value: '16.8' } })
    fireEvent.click(screen.getByRole('button', { name: '保存实测温度' }))
    await waitFor(() => expect(requestsFor('transition')).toHaveLength(1))
    expect(requestsFor('transition')[0].data.data).toEqual({ complaintId: 'hcp-1', to: 'measured', measuredCelsius: 16.8 })
    expect(await screen.findByRole('button', { name: '处理完成' })).toBeInTheDocument()
  })

  it('when another dispatcher moved it first, says so and shows where it stands now', async () => {
    let reads = 0
    handleActions({
      detail: () => (++reads === 1 ? complaint({ phone: '13904345678' }) : accepted),
      transition: () => {
        throw apiFailure(409, 'CONFLICT', '该反映已被其他调度员处理，请刷新后查看')
      },
    })
    render(<DeskPage />)
    fireEvent.click(await screen.findByRole('button', { name: '受理' }))
    expect(await screen.findByText('该反映已被其他调度员处理，请刷新后查看')).toHaveAttribute('role', 'alert')
    expect(await screen.findByRole('button', { name: '派单' })).toBeInTheDocument()
    expect(within(screen.getByRole('group', { name: '室温不达标 已受理' })).getByText('已受理')).toBeInTheDocument()
  })

  it('is for dispatchers only: a resident is told so and led to 我的反映', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    render(<DeskPage />)
    expect(screen.getByText('办理反映仅供供热公司调度员使用。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '查看我的反映' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/heating/pages/mine/index' }])
    expect(requestsFor('detail')).toHaveLength(0)
  })
})
