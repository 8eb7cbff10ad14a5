import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { clinicSentences } from '@/domain/clinic/policy-sentences'
import { DEFAULT_CLINIC_POLICY } from '@/domain/clinic/clinic-policy'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { registration, resident } from '../../../../../tests/doubles/clinic-answers'
import MyRegistrationsPage from './index'

const RULE = clinicSentences.freeCancellation(DEFAULT_CLINIC_POLICY)
const anchor = registration({ id: 'reg-anchor', linkedRevisits: 1 })
const revisit = registration({
  id: 'reg-revisit',
  slotId: 'seg-b',
  visitDate: '2026-12-02',
  fee: 0,
  waived: true,
  waivedAmount: 800,
  anchorId: 'reg-anchor',
  anchorVisitDate: '2026-11-30',
  freeRevisitUntil: null,
})

/** A registration's card, named by who, when and where. */
const card = (name: string) => screen.getByRole('group', { name })
const ANCHOR = '代玉贤 11月30日 心血管内科'
const REVISIT = '代玉贤 12月2日 心血管内科'
const PLAIN = '代玉贤 11月30日 内分泌科'

describe('我的挂号', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('shows the waived revisit as 已减免 with its first visit, and the paid visit with its free window', async () => {
    handleActions({ mine: () => ({ upcoming: [anchor, revisit], past: [], freeCancellationRule: RULE }) })
    render(<MyRegistrationsPage />)

    expect(await screen.findByText('0元 / 已减免 ¥8.00')).toBeInTheDocument()
    expect(screen.getByText('复诊，关联11月30日首诊')).toBeInTheDocument()
    expect(screen.getByText('¥8.00')).toHaveClass('key-figure')
    expect(screen.getByText('至12月2日（含），同一疾病复诊免挂号费、诊察费')).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: '待就诊（2）' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getAllByText('待就诊')).toHaveLength(2)
  })

  it('warns that linked free revisits will be charged again only when there are some', async () => {
    const plain = registration({ id: 'reg-plain', linkedRevisits: 0, departmentName: '内分泌科' })
    handleActions({ mine: () => ({ upcoming: [anchor, plain], past: [], freeCancellationRule: RULE }) })
    taroDouble.modalConfirms = false
    render(<MyRegistrationsPage />)
    await screen.findAllByRole('button', { name: '取消挂号' })

    fireEvent.click(within(card(PLAIN)).getByRole('button', { name: '取消挂号' }))
    await waitFor(() => expect(taroDouble.modals).toHaveLength(1))
    expect(taroDouble.modals[0].content).toContain(RULE)
    expect(taroDouble.modals[0].content).toContain('确定取消代玉贤11月30日内分泌科的挂号吗？')
    expect(taroDouble.modals[0].content).not.toContain('免费复诊将恢复收费')

    fireEvent.click(within(card(ANCHOR)).getByRole('button', { name: '取消挂号' }))
    await waitFor(() => expect(taroDouble.modals).toHaveLength(2))
    expect(taroDouble.modals[1].content).toContain('取消后，关联此次首诊的1次免费复诊将恢复收费。')
    expect(requestsFor('cancel')).toHaveLength(0)
  })

  it('cancels only after 确定, then shows the revisit charged again and the cancelled one as 未收费 in 历史', async () => {
    let cancelled = false
    handleActions({
      mine: () =>
        cancelled
          ? {
              upcoming: [{ ...revisit, fee: 800, waived: false, waivedAmount: 0 }],
              past: [{ ...anchor, status: 'cancelled', canCancel: false, linkedRevisits: 0 }],
              freeCancellationRule: RULE,
            }
          : { upcoming: [anchor, revisit], past: [], freeCancellationRule: RULE },
      cancel: (data) => {
        cancelled = true
        return { ...anchor, id: data.registrationId, status: 'cancelled' }
      },
    })
    render(<MyRegistrationsPage />)
    await screen.findAllByRole('button', { name: '取消挂号' })
    fireEvent.click(within(card(ANCHOR)).getByRole('button', { name: '取消挂号' }))
    await waitFor(() => expect(requestsFor('cancel')).toHaveLength(1))
    expect(requestsFor('cancel')[0].data.data).toEqual({ registrationId: 'reg-anchor' })
    expect(requestsFor('cancel')[0].data.requestId).toEqual(expect.any(String))

    await waitFor(() => expect(within(card(REVISIT)).getByText('¥8.00')).toBeInTheDocument())
    expect(within(card(REVISIT)).getByText(/原为11月30日首诊的免费复诊，已恢复收费/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('tab', { name: '历史' }))
    expect(await screen.findByText('已取消')).toBeInTheDocument()
    expect(within(card(ANCHOR)).getByText('未收费')).toHaveClass('key-figure')
    expect(within(card(ANCHOR)).queryByText('¥8.00')).toBeNull()
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
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByText('没有待就诊的挂号。')).toBeInTheDocument()
  })

  it('asks a signed-out visitor to log in, and asks the server nothing', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    handleActions({})
    render(<MyRegistrationsPage />)
    expect(screen.getByText('请先登录，查看家人的挂号。')).toBeInTheDocument()
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
