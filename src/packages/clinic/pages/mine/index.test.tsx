import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import MyRegistrationsPage from './index'

const resident = { id: 'u-1', displayName: '代先生', roles: [{ role: 'resident' as const, scope: null }] }
const RULE = '就诊日0点前可免费取消；就诊当天不能取消，未就诊记为爽约，90天内爽约3次将暂停预约30天。'

const base = {
  memberId: 'm-mother',
  memberName: '代玉贤',
  hospitalId: 'h-first',
  campusId: 'c-first-old',
  departmentId: 'c-first-old-cardiology',
  hospitalName: '县一院',
  campusName: '老院区',
  departmentName: '心血管内科',
  clinicType: 'normal',
  registrationFee: 100,
  consultationFee: 700,
  start: '08:00',
  end: '09:00',
  createdAt: '2026-11-29T02:00:00Z',
}
const anchor = {
  ...base,
  id: 'reg-anchor',
  status: 'booked',
  slotId: 'seg-a',
  visitDate: '2026-11-30',
  fee: 800,
  waived: false,
  waivedAmount: 0,
  anchorId: null,
  anchorVisitDate: null,
  freeRevisitUntil: '2026-12-02',
  canCancel: true,
}
const revisit = {
  ...base,
  id: 'reg-revisit',
  status: 'booked',
  slotId: 'seg-b',
  visitDate: '2026-12-02',
  fee: 0,
  waived: true,
  waivedAmount: 800,
  anchorId: 'reg-anchor',
  anchorVisitDate: '2026-11-30',
  freeRevisitUntil: null,
  canCancel: true,
}

describe('我的挂号', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('shows the waived revisit as 已减免 with its first visit, and the paid visit with its free window', async () => {
    handleActions({ mine: () => ({ upcoming: [anchor, revisit], past: [], freeCancellationRule: RULE }) })
    const { container } = render(<MyRegistrationsPage />)

    const revisitCard = await waitFor(() => {
      const el = container.querySelector('.registration-card[data-registration-id="reg-revisit"]')
      if (!el) throw new Error('not yet')
      return el
    })
    expect(revisitCard.querySelector('.fee-text')).toHaveTextContent('0元 / 已减免 ¥8.00')
    expect(revisitCard).toHaveTextContent('复诊，关联 11月30日首诊')
    const anchorCard = container.querySelector('.registration-card[data-registration-id="reg-anchor"]')!
    expect(anchorCard.querySelector('.fee-text')).toHaveTextContent('¥8.00')
    expect(anchorCard.querySelector('.window-until')).toHaveTextContent('三日内（至 12月02日）同一疾病复诊免挂号费、诊察费')
    expect(anchorCard).toHaveTextContent('待就诊')
  })

  it('states the free-cancellation rule before cancelling, and cancels only after 确定', async () => {
    let cancelled = false
    handleActions({
      mine: () =>
        cancelled
          ? { upcoming: [{ ...revisit, fee: 800, waived: false, waivedAmount: 0 }], past: [{ ...anchor, status: 'cancelled', canCancel: false }], freeCancellationRule: RULE }
          : { upcoming: [anchor, revisit], past: [], freeCancellationRule: RULE },
      cancel: (data) => {
        cancelled = true
        return { ...anchor, id: data.registrationId, status: 'cancelled' }
      },
    })
    const { container } = render(<MyRegistrationsPage />)
    await screen.findAllByText('取消挂号')

    taroDouble.modalConfirms = false
    fireEvent.click(container.querySelector('.registration-card[data-registration-id="reg-anchor"] .cancel-registration')!)
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain(RULE)
    expect(taroDouble.modals[0].content).toContain('关联此次首诊的免费复诊将恢复收费')
    expect(requestsFor('cancel')).toHaveLength(0)

    taroDouble.modalConfirms = true
    fireEvent.click(container.querySelector('.registration-card[data-registration-id="reg-anchor"] .cancel-registration')!)
    await waitFor(() => expect(requestsFor('cancel')).toHaveLength(1))
    expect(requestsFor('cancel')[0].data.data).toEqual({ registrationId: 'reg-anchor' })
    expect(requestsFor('cancel')[0].data.requestId).toEqual(expect.any(String))

    await waitFor(() =>
      expect(container.querySelector('.registration-card[data-registration-id="reg-revisit"] .fee-text')).toHaveTextContent('¥8.00'),
    )
    fireEvent.click(container.querySelector('#tab-past')!)
    expect(await screen.findByText('已取消')).toBeInTheDocument()
  })

  it('says so when there is nothing booked, and offers 重试 when loading fails', async () => {
    let attempts = 0
    handleActions({
      mine: () => {
        attempts += 1
        if (attempts === 1) throw new Error('down')
        return { upcoming: [], past: [], freeCancellationRule: RULE }
      },
    })
    render(<MyRegistrationsPage />)
    fireEvent.click(await screen.findByText('重试'))
    expect(await screen.findByText('没有待就诊的挂号。')).toBeInTheDocument()
  })
})
