import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { DeskRegistration } from '@/domain/clinic/contract'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { hospitalAdmin, hospitalsAnswer, official, registration, resident, slot } from '../../../../../tests/doubles/clinic-answers'
import AdminPage from './index'

const stats = {
  hospitalId: 'h-first',
  from: '2026-11-01',
  to: '2026-12-06',
  registrations: 6012,
  waivedVisits: 5211,
  waivedAmount: 4233100,
  byDepartment: [
    { departmentId: 'c-first-old-cardiology', departmentName: '心血管内科', campusName: '老院区', registrations: 812, waivedVisits: 700, waivedAmount: 560000 },
  ],
}
const day = { date: '2026-11-29', remaining: 10, published: true }
const bookedSegment = slot({ id: 'seg-1', date: '2026-11-29', booked: 6, remaining: 4 })

function desk(over: Partial<DeskRegistration>): DeskRegistration {
  return {
    ...registration({ visitDate: '2026-11-29' }),
    idNumberMasked: '2203**********1023',
    phoneMasked: '139****5678',
    queueNumber: 1,
    allowedMoves: ['arrived', 'noshow'],
    ...over,
  }
}

/**
 * The control inside a Taro picker. Stencil gives the picker host a `hidden` property (its
 * closed overlay) that jsdom's accessibility check takes for the HTML hidden flag, though
 * nothing is hidden on screen; hence `hidden: true` here and only here.
 */
const pickerControl = (name: string) => screen.findByRole('button', { name, hidden: true })

/** Taro's picker reports a choice as a change event with the value in its detail. */
function pick(control: HTMLElement, value: string | number) {
  fireEvent(control, new CustomEvent('change', { bubbles: true, detail: { value } }))
}

/** Amounts and counts are number fields (spinbutton); the doctor's name is a text field. */
async function type(name: string, value: string) {
  const field = await screen.findByRole(name.endsWith('医生') ? 'textbox' : 'spinbutton', { name })
  fireEvent.input(field, { target: { value } })
}

async function openScheduleEditor() {
  fireEvent.click(await screen.findByRole('tab', { name: '排班' }))
  await screen.findByRole('button', { name: '保存排班' })
  await act(async () => undefined)
}

const base = { hospitals: () => hospitalsAnswer, days: () => ({ days: [day], releaseTime: '07:00' }), hospitalRegistrations: () => ({ registrations: [] }) }

describe('医院管理', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: hospitalAdmin })
  })

  it('shows the figures from the first of the month through the booking window, in Chinese dates', async () => {
    handleActions({ ...base, stats: () => stats })
    render(<AdminPage />)
    fireEvent.click(await screen.findByRole('tab', { name: '统计' }))

    expect(await screen.findByText('5211')).toHaveClass('key-figure')
    expect(screen.getByText('6012')).toBeInTheDocument()
    expect(screen.getByText('42331元')).toBeInTheDocument()
    const row = screen.getByRole('row', { name: /老院区心血管内科/ })
    expect(within(row).getByText('5600元')).toBeInTheDocument()
    const [request] = requestsFor('stats')
    expect(request.data.data.hospitalId).toBe('h-first')
    const from = String(request.data.data.from)
    const to = String(request.data.data.to)
    expect(from).toMatch(/^\d{4}-\d{2}-01$/)
    // Upcoming bookings count: the range ends on the last bookable day, after today.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    expect(to > today).toBe(true)
    expect(await pickerControl(`开始日期：${Number(from.slice(0, 4))}年${Number(from.slice(5, 7))}月1日`)).toBeInTheDocument()
    expect(screen.queryByText(from)).toBeNull()
  })

  it('lists the day’s registrations by 序号 with the moves the server allows, and 改价 only for a waived revisit', async () => {
    handleActions({
      ...base,
      hospitalRegistrations: () => ({
        registrations: [
          desk({ id: 'r-paid', memberName: '代建国', queueNumber: 1, allowedMoves: ['arrived', 'noshow'] }),
          desk({ id: 'r-free', memberName: '代玉贤', status: 'arrived', queueNumber: 2, fee: 0, waived: true, waivedAmount: 800, anchorId: 'r-x', allowedMoves: ['fulfilled'] }),
        ],
      }),
      markVisit: (data) => ({ ...registration(), id: data.registrationId, status: data.status }),
    })
    render(<AdminPage />)
    const paid = await screen.findByRole('group', { name: /1号 代建国/ })
    const free = screen.getByRole('group', { name: /2号 代玉贤/ })
    expect(within(paid).getByRole('button', { name: '到诊' })).toBeInTheDocument()
    expect(within(paid).getByRole('button', { name: '爽约' })).toBeInTheDocument()
    expect(within(paid).queryByRole('button', { name: '完成' })).toBeNull()
    expect(within(paid).queryByRole('button', { name: '改价' })).toBeNull()
    expect(within(free).getByRole('button', { name: '完成' })).toBeInTheDocument()
    expect(within(free).queryByRole('button', { name: '到诊' })).toBeNull()
    expect(within(free).getByRole('button', { name: '改价' })).toBeInTheDocument()
    expect(within(free).getByText('0元 / 已减免 ¥8.00')).toBeInTheDocument()
    expect(within(free).getByText('已到诊')).toBeInTheDocument()

    fireEvent.click(within(paid).getByRole('button', { name: '到诊' }))
    await waitFor(() => expect(requestsFor('markVisit')).toHaveLength(1))
    expect(requestsFor('markVisit')[0].data.data).toEqual({ registrationId: 'r-paid', status: 'arrived' })
    await waitFor(() => expect(taroDouble.toasts).toContainEqual({ title: '已到诊', icon: 'success' }))
  })

  it('shows the schedule field errors under the segment', async () => {
    handleActions({
      ...base,
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: () => {
        throw apiFailure(409, 'CAPACITY_BELOW_BOOKED', '号源数不能少于已预约人数', { 'segments.0.capacity': '已有6人预约，号源数不能少于6' })
      },
    })
    render(<AdminPage />)
    await openScheduleEditor()
    fireEvent.click(screen.getByRole('button', { name: '保存排班' }))
    expect(await screen.findByText('已有6人预约，号源数不能少于6')).toBeInTheDocument()
    expect(requestsFor('publishSchedule')[0].data.data.segments).toEqual([
      { id: 'seg-1', session: 'am', start: '08:00', end: '09:00', capacity: 10, clinicType: 'normal', registrationFee: 100, consultationFee: 700 },
    ])
  })

  it('publishes every segment field, with fees typed in 元 sent as whole fen', async () => {
    handleActions({ ...base, slots: () => ({ slots: [bookedSegment] }), publishSchedule: (data) => ({ date: data.date, departmentId: data.departmentId, segments: [] }) })
    render(<AdminPage />)
    await openScheduleEditor()

    await type('第1个时段的号源数', '12')
    await type('第1个时段的挂号费（元）', '1.5')
    await type('第1个时段的诊察费（元）', '7.25')
    await type('第1个时段的医生', '王医生')

    fireEvent.click(screen.getByRole('button', { name: '添加专家号时段' }))
    expect(await screen.findByRole('spinbutton', { name: '第2个时段的挂号费（元）' })).toHaveValue(3)
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '第2个时段的上下午' })).getByRole('radio', { name: '下午' }))
    pick(await pickerControl('开始时间 09:00'), '14:00')
    pick(await pickerControl('结束时间 10:00'), '16:30')
    await type('第2个时段的诊察费（元）', '12.8')

    fireEvent.click(screen.getByRole('button', { name: '保存排班' }))
    await waitFor(() => expect(requestsFor('publishSchedule')).toHaveLength(1))
    expect(requestsFor('publishSchedule')[0].data.data).toEqual({
      hospitalId: 'h-first',
      campusId: 'c-first-old',
      departmentId: 'c-first-old-cardiology',
      date: '2026-11-29',
      segments: [
        { id: 'seg-1', session: 'am', start: '08:00', end: '09:00', capacity: 12, clinicType: 'normal', registrationFee: 150, consultationFee: 725, doctorName: '王医生' },
        { session: 'pm', start: '14:00', end: '16:30', capacity: 10, clinicType: 'expert', registrationFee: 300, consultationFee: 1280 },
      ],
    })
  })

  it('refuses a fee with three decimals or over 10000 元 before sending anything', async () => {
    handleActions({ ...base, slots: () => ({ slots: [bookedSegment] }) })
    render(<AdminPage />)
    await openScheduleEditor()
    await type('第1个时段的挂号费（元）', '1.005')
    await type('第1个时段的诊察费（元）', '10000.01')
    fireEvent.click(screen.getByRole('button', { name: '保存排班' }))

    expect(await screen.findByText('请输入金额，最多两位小数')).toBeInTheDocument()
    expect(screen.getByText('金额不能超过10000元')).toBeInTheDocument()
    expect(requestsFor('publishSchedule')).toHaveLength(0)
  })

  it('shows the server’s field error under the segment it names, not under the others', async () => {
    handleActions({
      ...base,
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: () => {
        throw apiFailure(400, 'VALIDATION_FAILED', '排班时段有误', { 'segments.1.end': '结束时间须晚于开始时间' })
      },
    })
    render(<AdminPage />)
    await openScheduleEditor()
    fireEvent.click(screen.getByRole('button', { name: '添加普通号时段' }))
    pick(await pickerControl('结束时间 10:00'), '08:30')
    fireEvent.click(screen.getByRole('button', { name: '保存排班' }))

    const error = await screen.findByText('结束时间须晚于开始时间')
    expect(screen.getAllByText('结束时间须晚于开始时间')).toHaveLength(1)
    expect(within(screen.getByRole('group', { name: '第2个时段' })).getByText('结束时间须晚于开始时间')).toBe(error)
    expect(screen.getByText('排班时段有误')).toBeInTheDocument()
  })

  it('tells the staff a segment with bookings cannot be removed', async () => {
    handleActions({
      ...base,
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: () => {
        throw apiFailure(409, 'CAPACITY_BELOW_BOOKED', '08:00-09:00 已有6人预约，不能停诊，请保留该时段')
      },
    })
    render(<AdminPage />)
    await openScheduleEditor()
    fireEvent.click(screen.getByRole('button', { name: '停诊此时段' }))
    expect(await screen.findByText('当天还没有排班，请添加时段。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '保存排班' }))
    expect(await screen.findByText('08:00-09:00 已有6人预约，不能停诊，请保留该时段')).toBeInTheDocument()
    expect(requestsFor('publishSchedule')[0].data.data.segments).toEqual([])
  })

  it('sends a county official to 挂号统计 instead of a hospital console', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    handleActions({})
    render(<AdminPage />)
    fireEvent.click(screen.getByRole('button', { name: '查看挂号统计' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/clinic/pages/figures/index' }])
    expect(screen.queryByRole('tab')).toBeNull()
    expect(taroDouble.requests).toHaveLength(0)
  })

  it('tells a resident they have no hospital to manage', () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    render(<AdminPage />)
    expect(screen.getByText('您没有医院管理权限。')).toBeInTheDocument()
  })
})
