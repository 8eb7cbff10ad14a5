import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useSessionStore } from '@/shared/session/session-store'
import { useClinicStore } from '@/features/clinic/store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import ConfirmPage from './index'

const resident = { id: 'u-1', displayName: '代先生', roles: [{ role: 'resident' as const, scope: null }] }
const scope = { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology' }
const hospitals = [
  {
    id: 'h-first',
    name: '县第一人民医院',
    shortName: '县一院',
    campuses: [{ id: 'c-first-old', name: '老院区', address: '伊通镇', departments: [{ id: 'c-first-old-cardiology', name: '心血管内科' }] }],
  },
]
const slot = {
  id: 'seg-1',
  date: '2026-12-02',
  session: 'am',
  start: '08:00',
  end: '09:00',
  clinicType: 'normal',
  doctorName: null,
  fee: 800,
  registrationFee: 100,
  consultationFee: 700,
  capacity: 10,
  booked: 1,
  remaining: 9,
  status: 'open',
  bookability: 'open',
}
const members = [
  { id: 'm-self', name: '代建国', relationLabel: '本人', idNumberMasked: '2203**********1012', age: 71 },
  { id: 'm-mother', name: '代玉贤', relationLabel: '母亲', idNumberMasked: '2203**********1021', age: 94 },
]
const plainQuote = { fee: 800, registrationFee: 100, consultationFee: 700, bookability: 'open', revisitAnchors: [] }
const revisitQuote = {
  ...plainQuote,
  revisitAnchors: [{ registrationId: 'reg-anchor', visitDate: '2026-11-30', freeRevisitUntil: '2026-12-02' }],
}
const booked = { id: 'reg-new', status: 'booked', memberId: 'm-mother', fee: 0, waived: true, waivedAmount: 800 }

const redirects: string[] = []

async function openConfirm() {
  const view = render(<ConfirmPage />)
  const choice = await waitFor(() => {
    const el = view.container.querySelector('.member-choice[data-member-id="m-mother"]')
    if (!el) throw new Error('members not shown yet')
    return el
  })
  fireEvent.click(choice)
  return view
}

describe('确认挂号', () => {
  beforeEach(() => {
    redirects.length = 0
    Object.assign(Taro, { redirectTo: async ({ url }: { url: string }) => void redirects.push(url) })
    useClinicStore.setState(useClinicStore.getInitialState(), true)
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
    taroDouble.routerParams = { ...scope, date: '2026-12-02', slotId: 'seg-1' }
  })

  it('offers the free revisit with the first visit and the last free day, and books it with revisitOf', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      slots: () => ({ slots: [slot] }),
      members: () => ({ members }),
      quote: () => revisitQuote,
      book: () => booked,
    })
    const { container } = await openConfirm()

    expect(await screen.findByText('同一疾病复诊，免挂号费、诊察费（首诊 11月30日，免费复诊至 12月02日）')).toBeInTheDocument()
    expect(container.querySelector('#option-revisit')).toHaveTextContent('0元')
    expect(container.querySelector('#option-new')).toHaveTextContent('¥8.00')
    expect(requestsFor('quote')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1' })

    // The patient declares it: nothing is chosen for them.
    expect(container.querySelector('#book-submit')).toHaveClass('is-disabled')
    fireEvent.click(container.querySelector('#option-revisit')!)
    fireEvent.click(container.querySelector('#book-submit')!)

    await waitFor(() => expect(requestsFor('book')).toHaveLength(1))
    expect(requestsFor('book')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1', revisitOf: 'reg-anchor' })
    expect(requestsFor('book')[0].data.requestId).toEqual(expect.any(String))
    await waitFor(() => expect(redirects).toEqual(['/packages/clinic/pages/success/index?registrationId=reg-new']))
  })

  it('books a new illness at the full fee without revisitOf when the patient says so', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      slots: () => ({ slots: [slot] }),
      members: () => ({ members }),
      quote: () => revisitQuote,
      book: () => ({ ...booked, fee: 800, waived: false, waivedAmount: 0 }),
    })
    const { container } = await openConfirm()
    await screen.findByText('新的疾病或不同病种')
    fireEvent.click(container.querySelector('#option-new')!)
    fireEvent.click(container.querySelector('#book-submit')!)
    await waitFor(() => expect(requestsFor('book')).toHaveLength(1))
    expect(requestsFor('book')[0].data.data).toEqual({ memberId: 'm-mother', slotId: 'seg-1' })
  })

  it('shows the plain fee breakdown and no revisit choice when there is no open window', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      slots: () => ({ slots: [slot] }),
      members: () => ({ members }),
      quote: () => plainQuote,
    })
    const { container } = await openConfirm()

    expect(await screen.findByText('合计')).toBeInTheDocument()
    expect(container.querySelector('.fee-text')).toHaveTextContent('¥8.00')
    expect(screen.getByText('¥1.00')).toBeInTheDocument()
    expect(screen.getByText('¥7.00')).toBeInTheDocument()
    expect(container.querySelector('#option-revisit')).toBeNull()
    expect(screen.getByText(/12月02日0点前可在「我的挂号」免费取消/)).toBeInTheDocument()
    expect(container.querySelector('#book-submit')).not.toHaveClass('is-disabled')
  })

  it('shows the Chinese message of a refused booking and lets the person choose again', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      slots: () => ({ slots: [slot] }),
      members: () => ({ members }),
      quote: () => plainQuote,
      book: () => {
        throw apiFailure(409, 'DUPLICATE_REGISTRATION', '代玉贤12月02日已预约该科室，请勿重复挂号')
      },
    })
    const { container } = await openConfirm()
    await screen.findByText('合计')
    fireEvent.click(container.querySelector('#book-submit')!)

    expect(await screen.findByText('代玉贤12月02日已预约该科室，请勿重复挂号')).toBeInTheDocument()
    expect(redirects).toEqual([])
  })

  it('keeps the same request id when the connection drops and the person taps again', async () => {
    let attempts = 0
    handleActions({
      hospitals: () => ({ hospitals }),
      slots: () => ({ slots: [slot] }),
      members: () => ({ members }),
      quote: () => plainQuote,
      book: () => {
        attempts += 1
        if (attempts === 1) throw new Error('connection reset')
        return { ...booked, fee: 800, waived: false }
      },
    })
    const { container } = await openConfirm()
    await screen.findByText('合计')
    fireEvent.click(container.querySelector('#book-submit')!)
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeInTheDocument()
    fireEvent.click(container.querySelector('#book-submit')!)
    await waitFor(() => expect(requestsFor('book')).toHaveLength(2))
    expect(requestsFor('book')[1].data.requestId).toBe(requestsFor('book')[0].data.requestId)
  })

  it('asks a signed-out visitor to log in first', async () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    render(<ConfirmPage />)
    expect(screen.getByText('请先登录，再为自己或家人挂号。')).toBeInTheDocument()
  })
})
