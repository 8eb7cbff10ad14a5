import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { hospitalsAnswer, members, plainQuote, registration, resident, revisitQuote, scope, slot } from '../../../../../tests/doubles/clinic-answers'
import ConfirmPage from './index'

const booked = registration({ id: 'reg-new', visitDate: '2026-12-02' })

async function chooseMother() {
  fireEvent.click(await screen.findByRole('radio', { name: /代玉贤（母亲，94岁）/ }))
}

const submit = () => screen.getByRole('button', { name: /确认挂号|正在挂号/ })

describe('确认挂号', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
    taroDouble.routerParams = { ...scope, date: '2026-12-02', slotId: 'seg-1' }
  })

  it('opened from a link (or reloaded) reads the segment with only the fields the server accepts', async () => {
    handleActions({ hospitals: () => hospitalsAnswer, slots: () => ({ slots: [slot()] }), members: () => ({ members, maxMembers: 10 }), mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }) })
    render(<ConfirmPage />)

    expect(await screen.findByText('12月2日 周三')).toBeInTheDocument()
    expect(screen.getByText('08:00‑09:00')).toBeInTheDocument()
    expect(requestsFor('slots')[0].data.data).toEqual({ ...scope, date: '2026-12-02' })
    expect(await screen.findByText('就诊地点：门诊楼二层东侧')).toBeInTheDocument()
  })

  it('says the segment is gone, with a way back to the schedule, when the link names a segment that no longer exists', async () => {
    handleActions({ hospitals: () => hospitalsAnswer, slots: () => ({ slots: [slot({ id: 'seg-other' })] }) })
    render(<ConfirmPage />)
    expect(await screen.findByText('这个时段已不存在，请重新选择。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '重新选择时段' }))
    expect(taroDouble.navigations).toEqual([
      { kind: 'redirectTo', url: '/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology' },
    ])
  })

  it('keeps 确认挂号 disabled with the reason beside it until everything is chosen', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => revisitQuote,
    })
    render(<ConfirmPage />)
    await screen.findByRole('radio', { name: /代玉贤/ })
    expect(submit()).toHaveAttribute('aria-disabled', 'true')
    expect(submit()).toHaveAttribute('aria-describedby', 'book-missing')
    expect(screen.getByText('请先选择就诊人')).toHaveAttribute('id', 'book-missing')

    await chooseMother()
    expect(await screen.findByText('请选择是否为同一疾病复诊')).toBeInTheDocument()
    expect(submit()).toHaveAttribute('aria-disabled', 'true')

    fireEvent.click(screen.getByRole('radio', { name: /新的疾病或不同病种/ }))
    await waitFor(() => expect(submit()).not.toHaveAttribute('aria-disabled'))
    expect(screen.queryByText('请选择是否为同一疾病复诊')).toBeNull()
  })

  it('offers the free revisit with the first visit and its last free day (含), chosen by nobody until the patient says so, and books it with revisitOf', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => revisitQuote,
      book: () => booked,
    })
    render(<ConfirmPage />)
    await chooseMother()

    const revisit = await screen.findByRole('radio', { name: /同一疾病复诊，免挂号费、诊察费（首诊11月30日，免费复诊至12月2日（含））/ })
    const fresh = screen.getByRole('radio', { name: /新的疾病或不同病种/ })
    expect(within(revisit).getByText('0元')).toBeInTheDocument()
    expect(within(fresh).getByText('¥8.00')).toBeInTheDocument()
    expect(revisit).toHaveAttribute('aria-checked', 'false')
    expect(revisit).not.toHaveClass('selected')
    expect(requestsFor('quote')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1' })

    fireEvent.click(revisit)
    expect(revisit).toHaveAttribute('aria-checked', 'true')
    fireEvent.click(submit())
    await waitFor(() => expect(requestsFor('book')).toHaveLength(1))
    expect(requestsFor('book')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1', revisitOf: 'reg-anchor' })
    expect(requestsFor('book')[0].data.requestId).toEqual(expect.any(String))
    await waitFor(() => expect(taroDouble.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/clinic/pages/success/index?registrationId=reg-new' }))
  })

  it('books a new illness at the full fee without revisitOf when the patient says so', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => revisitQuote,
      book: () => booked,
    })
    render(<ConfirmPage />)
    await chooseMother()
    fireEvent.click(await screen.findByRole('radio', { name: /新的疾病或不同病种/ }))
    fireEvent.click(submit())
    await waitFor(() => expect(requestsFor('book')).toHaveLength(1))
    expect(requestsFor('book')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1' })
  })

  it('shows the plain fee and the cancellation rule from the hospitals’ policy, with no revisit choice when there is no open window', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => plainQuote,
    })
    render(<ConfirmPage />)
    await chooseMother()

    expect(await screen.findByText('合计')).toBeInTheDocument()
    expect(screen.getByText('¥8.00')).toHaveClass('key-figure')
    expect(screen.getByText('¥1.00')).toBeInTheDocument()
    expect(screen.getByText('¥7.00')).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: /同一疾病复诊/ })).toBeNull()
    // The policy in the fixture is 60 days / 14 days: the sentence follows it, not a number in code.
    expect(screen.getByText(/12月1日（含）可免费取消（12月2日0点起不能取消）.*60天内爽约3次将暂停预约14天/)).toBeInTheDocument()
    expect(submit()).not.toHaveAttribute('aria-disabled')
  })

  it('says when the chosen day falls outside the member’s free-revisit window here, before booking', async () => {
    taroDouble.routerParams = { ...scope, date: '2026-12-05', slotId: 'seg-9' }
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot({ id: 'seg-9', date: '2026-12-05' })] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [registration({ id: 'reg-anchor', visitDate: '2026-11-30', freeRevisitUntil: '2026-12-02' })], past: [], freeCancellationRule: '' }),
      quote: () => plainQuote,
    })
    render(<ConfirmPage />)
    await chooseMother()
    expect(await screen.findByText('代玉贤的免费复诊期为11月30日至12月2日（含）。所选的12月5日不在其中，将按新挂号收费。')).toBeInTheDocument()
  })

  it('shows the Chinese message of a refused booking and books nothing', async () => {
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => plainQuote,
      book: () => {
        throw apiFailure(409, 'DUPLICATE_REGISTRATION', '代玉贤12月2日已预约该科室，请勿重复挂号')
      },
    })
    render(<ConfirmPage />)
    await chooseMother()
    await screen.findByText('合计')
    fireEvent.click(submit())
    expect(await screen.findByRole('alert')).toHaveTextContent('代玉贤12月2日已预约该科室，请勿重复挂号')
    expect(taroDouble.navigations).toEqual([])
  })

  it('keeps the same request id when the connection drops and the person taps again', async () => {
    let attempts = 0
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }),
      quote: () => plainQuote,
      book: () => {
        attempts += 1
        if (attempts === 1) throw new Error('connection reset')
        return booked
      },
    })
    render(<ConfirmPage />)
    await chooseMother()
    await screen.findByText('合计')
    fireEvent.click(submit())
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeInTheDocument()
    fireEvent.click(submit())
    await waitFor(() => expect(requestsFor('book')).toHaveLength(2))
    expect(requestsFor('book')[1].data.requestId).toBe(requestsFor('book')[0].data.requestId)
  })

  it('never promises a free revisit the server did not offer, though the phone sees a window over the date', async () => {
    // 代玉贤 saw cardiology on 11月30日 (window to 12月2日), but the server's quote offers no anchor (say, the revisit it gave was used).
    handleActions({
      hospitals: () => hospitalsAnswer,
      slots: () => ({ slots: [slot()] }),
      members: () => ({ members, maxMembers: 10 }),
      mine: () => ({ upcoming: [registration({ id: 'reg-anchor' })], past: [], freeCancellationRule: '' }),
      quote: () => plainQuote,
    })
    render(<ConfirmPage />)
    await chooseMother()
    expect(await screen.findByText('¥8.00')).toBeInTheDocument()
    expect(screen.queryByText(/免挂号费、诊察费/)).not.toBeInTheDocument()
  })

  it('asks a signed-out visitor to log in first', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    render(<ConfirmPage />)
    expect(screen.getByText('请先登录，再为自己或家人挂号。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
  })
})
