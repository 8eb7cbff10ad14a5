import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { useClinicStore } from '@/features/clinic/store'
import { apiFailure, handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import AdminPage from './index'

const admin = { id: 'u-9', displayName: '第一人民医院挂号管理员', roles: [{ role: 'hospital_admin' as const, scope: 'h-first' }] }
const hospitals = [
  {
    id: 'h-first',
    name: '县第一人民医院',
    shortName: '县一院',
    campuses: [{ id: 'c-first-old', name: '老院区', address: '', departments: [{ id: 'c-first-old-cardiology', name: '心血管内科' }] }],
  },
]
const stats = {
  hospitalId: 'h-first',
  from: '2026-11-01',
  to: '2026-11-29',
  registrations: 6012,
  waivedVisits: 5211,
  waivedAmount: 4233100,
  byDepartment: [
    { departmentId: 'c-first-old-cardiology', departmentName: '心血管内科', campusName: '老院区', registrations: 812, waivedVisits: 700, waivedAmount: 560000 },
  ],
}

/** Waits until the selector matches (Taro components render asynchronously). */
function rendered(root: ParentNode, selector: string): Promise<Element> {
  return waitFor(() => {
    const el = root.querySelector(selector)
    if (!el) throw new Error(`${selector} not rendered yet`)
    return el
  })
}

const official = { id: 'u-7', displayName: '县卫健局', roles: [{ role: 'official' as const, scope: '' }] }
const twoHospitals = [
  ...hospitals,
  { id: 'h-ethnic', name: '县民族医院', shortName: '民族医院', campuses: [{ id: 'c-ethnic', name: '本院', address: '', departments: [{ id: 'c-ethnic-pediatrics', name: '儿科' }] }] },
]
const day = { date: '2026-11-29', remaining: 10, published: true }
const bookedSegment = { id: 'seg-1', date: '2026-11-29', session: 'am', start: '08:00', end: '09:00', clinicType: 'normal', doctorName: null, fee: 800, registrationFee: 100, consultationFee: 700, capacity: 10, booked: 6, remaining: 4, status: 'open', bookability: 'open' }

/** The Taro Input renders its inner <input> a tick after the host element. */
async function typeInto(row: Element, selector: string, value: string) {
  const input = await waitFor(() => {
    const el = row.querySelector(`${selector} input`)
    if (!el) throw new Error(`${selector} input not rendered yet`)
    return el
  })
  fireEvent.input(input, { target: { value } })
}

function pickTime(row: Element, selector: string, value: string) {
  fireEvent(row.querySelector(selector)!, new CustomEvent('change', { detail: { value } }))
}

async function openScheduleEditor(container: HTMLElement) {
  fireEvent.click(await rendered(container, '#admin-tab-schedule'))
  await screen.findByText('保存排班')
  await act(async () => undefined)
}

describe('医院管理', () => {
  beforeEach(() => {
    useClinicStore.setState(useClinicStore.getInitialState(), true)
    useSessionStore.setState({ token: 't', expiresAt: null, user: admin })
  })

  it('shows this month’s registrations, waived visits and waived amount in 元, per department', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [{ date: '2026-11-29', remaining: 10, published: true }], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      stats: () => stats,
    })
    const { container } = render(<AdminPage />)
    fireEvent.click(await rendered(container, '#admin-tab-stats'))

    await waitFor(() => expect(container.querySelector('#stat-waived-visits')).toHaveTextContent('5211'))
    expect(container.querySelector('#stat-registrations')).toHaveTextContent('6012')
    expect(container.querySelector('#stat-waived-amount')).toHaveTextContent('42331元')
    expect(container.querySelector('.department-figures[data-department-id="c-first-old-cardiology"]')).toHaveTextContent('5600元')
    const [request] = requestsFor('stats')
    expect(request.data.data.hospitalId).toBe('h-first')
    expect(String(request.data.data.from)).toMatch(/^\d{4}-\d{2}-01$/)
  })

  it('lists the day’s registrations and offers 改价 only for a waived revisit', async () => {
    const base = { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology', departmentName: '心血管内科', clinicType: 'normal', visitDate: '2026-11-29', start: '08:00', end: '09:00', idNumberMasked: '2203**********1023', phoneMasked: '139****5678', registrationFee: 100, consultationFee: 700, canCancel: false }
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [{ date: '2026-11-29', remaining: 10, published: true }], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({
        registrations: [
          { ...base, id: 'r-paid', status: 'booked', memberName: '代建国', fee: 800, waived: false, waivedAmount: 0 },
          { ...base, id: 'r-free', status: 'arrived', memberName: '代玉贤', fee: 0, waived: true, waivedAmount: 800, anchorId: 'r-x' },
        ],
      }),
      markVisit: (data) => ({ id: data.registrationId, status: data.status }),
    })
    const { container } = render(<AdminPage />)
    await screen.findByText('代玉贤')
    const paid = container.querySelector('.desk-card[data-registration-id="r-paid"]')!
    const free = container.querySelector('.desk-card[data-registration-id="r-free"]')!
    expect(paid.querySelector('.reprice-open')).toBeNull()
    expect(free.querySelector('.reprice-open')).not.toBeNull()
    expect(free).toHaveTextContent('0元 / 已减免 ¥8.00')
    fireEvent.click(paid.querySelector('.mark-arrived')!)
    await waitFor(() => expect(requestsFor('markVisit')).toHaveLength(1))
    expect(requestsFor('markVisit')[0].data.data).toEqual({ registrationId: 'r-paid', status: 'arrived' })
  })

  it('shows the schedule field errors under the segment', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [{ date: '2026-11-29', remaining: 10, published: true }], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      slots: () => ({
        slots: [{ id: 'seg-1', date: '2026-11-29', session: 'am', start: '08:00', end: '09:00', clinicType: 'normal', doctorName: null, fee: 800, registrationFee: 100, consultationFee: 700, capacity: 10, booked: 6, remaining: 4, status: 'open', bookability: 'open' }],
      }),
      publishSchedule: () => {
        throw apiFailure(409, 'CAPACITY_BELOW_BOOKED', '号源数不能少于已预约人数', { 'segments.0.capacity': '已有6人预约，号源数不能少于6' })
      },
    })
    const { container } = render(<AdminPage />)
    fireEvent.click(await rendered(container, '#admin-tab-schedule'))
    await screen.findByText('保存排班')
    fireEvent.click(container.querySelector('#save-schedule')!)
    expect(await screen.findByText('已有6人预约，号源数不能少于6')).toBeInTheDocument()
    expect(requestsFor('publishSchedule')[0].data.data.segments).toEqual([
      { id: 'seg-1', session: 'am', start: '08:00', end: '09:00', capacity: 10, clinicType: 'normal', registrationFee: 100, consultationFee: 700 },
    ])
  })

  it('publishes every segment field, with fees typed in 元 sent as whole fen', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [day], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: (data) => ({ date: data.date, departmentId: data.departmentId, segments: [] }),
    })
    const { container } = render(<AdminPage />)
    await openScheduleEditor(container)

    const first = container.querySelector('.segment-row[data-index="0"]')!
    await typeInto(first, '.segment-capacity', '12')
    await typeInto(first, '.segment-registration-fee', '1.5')
    await typeInto(first, '.segment-consultation-fee', '7.25')
    await typeInto(first, '.segment-doctor', '王医生')

    fireEvent.click(container.querySelector('#add-segment-expert')!)
    const added = await rendered(container, '.segment-row[data-index="1"]')
    expect(added.querySelector('.segment-registration-fee')).toHaveAttribute('value', '3.00')
    fireEvent.click(added.querySelector('.segment-session-pm')!)
    pickTime(added, '.segment-start', '14:00')
    pickTime(added, '.segment-end', '16:30')
    await typeInto(added, '.segment-consultation-fee', '12.8')

    fireEvent.click(container.querySelector('#save-schedule')!)
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
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [day], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      slots: () => ({ slots: [bookedSegment] }),
    })
    const { container } = render(<AdminPage />)
    await openScheduleEditor(container)

    const row = container.querySelector('.segment-row[data-index="0"]')!
    await typeInto(row, '.segment-registration-fee', '1.005')
    await typeInto(row, '.segment-consultation-fee', '10000.01')
    fireEvent.click(container.querySelector('#save-schedule')!)

    expect(await screen.findByText('请输入金额，最多两位小数')).toBeInTheDocument()
    expect(row).toHaveTextContent('金额不能超过10000元')
    expect(requestsFor('publishSchedule')).toHaveLength(0)
  })

  it('shows the server’s field error under the segment it names, not under the others', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [day], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: () => {
        throw apiFailure(400, 'VALIDATION_FAILED', '排班时段有误', { 'segments.1.end': '结束时间须晚于开始时间' })
      },
    })
    const { container } = render(<AdminPage />)
    await openScheduleEditor(container)
    fireEvent.click(container.querySelector('#add-segment-normal')!)
    pickTime(await rendered(container, '.segment-row[data-index="1"]'), '.segment-end', '08:30')
    fireEvent.click(container.querySelector('#save-schedule')!)

    expect(await screen.findByText('结束时间须晚于开始时间')).toBeInTheDocument()
    expect(container.querySelector('.segment-row[data-index="1"]')).toHaveTextContent('结束时间须晚于开始时间')
    expect(container.querySelector('.segment-row[data-index="0"]')).not.toHaveTextContent('结束时间须晚于开始时间')
    expect(screen.getByText('排班时段有误')).toBeInTheDocument()
  })

  it('tells the staff a segment with bookings cannot be removed', async () => {
    handleActions({
      hospitals: () => ({ hospitals }),
      days: () => ({ days: [day], releaseTime: '07:00' }),
      hospitalRegistrations: () => ({ registrations: [] }),
      slots: () => ({ slots: [bookedSegment] }),
      publishSchedule: () => {
        throw apiFailure(409, 'CAPACITY_BELOW_BOOKED', '08:00-09:00 已有6人预约，不能停诊，请保留该时段')
      },
    })
    const { container } = render(<AdminPage />)
    await openScheduleEditor(container)
    fireEvent.click(container.querySelector('.segment-row[data-index="0"] .segment-remove')!)
    expect(await screen.findByText('当天还没有排班，请添加时段。')).toBeInTheDocument()
    fireEvent.click(container.querySelector('#save-schedule')!)

    expect(await screen.findByText('08:00-09:00 已有6人预约，不能停诊，请保留该时段')).toBeInTheDocument()
    expect(requestsFor('publishSchedule')[0].data.data.segments).toEqual([])
  })

  it('shows an official the figures of the hospital they choose, and no desk or schedule', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    handleActions({
      hospitals: () => ({ hospitals: twoHospitals }),
      stats: (data) => ({ ...stats, hospitalId: data.hospitalId, waivedVisits: data.hospitalId === 'h-ethnic' ? 37 : 5211, byDepartment: [] }),
    })
    const { container } = render(<AdminPage />)

    await waitFor(() => expect(container.querySelector('#stat-waived-visits')).toHaveTextContent('5211'))
    fireEvent.click(container.querySelector('#stats-hospital-h-ethnic')!)
    await waitFor(() => expect(container.querySelector('#stat-waived-visits')).toHaveTextContent('37'))

    expect(requestsFor('stats').map((r) => r.data.data.hospitalId)).toEqual(['h-first', 'h-ethnic'])
    expect(container.querySelector('#admin-tab-desk')).toBeNull()
    expect(container.querySelector('#admin-tab-schedule')).toBeNull()
    expect(screen.queryByText('保存排班')).toBeNull()
    expect(requestsFor('hospitalRegistrations')).toHaveLength(0)
    expect(requestsFor('slots')).toHaveLength(0)
  })
})
