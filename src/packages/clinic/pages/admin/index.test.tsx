import { fireEvent, render, screen, waitFor } from '@testing-library/react'
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
})
