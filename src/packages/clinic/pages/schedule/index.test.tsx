import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useClinicStore } from '@/features/clinic/store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import SchedulePage from './index'

const scope = { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology' }
const segment = (id: string, over: object) => ({
  id,
  date: '2026-11-30',
  session: 'am',
  start: '08:00',
  end: '09:00',
  clinicType: 'normal',
  doctorName: null,
  fee: 800,
  registrationFee: 100,
  consultationFee: 700,
  capacity: 10,
  booked: 0,
  remaining: 10,
  status: 'open',
  bookability: 'open',
  ...over,
})

describe('选择时段', () => {
  beforeEach(() => {
    useClinicStore.setState(useClinicStore.getInitialState(), true)
    taroDouble.routerParams = scope
  })

  it('shows the days with places left, the segments by 上午/下午, and why a segment cannot be booked', async () => {
    handleActions({
      hospitals: () => ({ hospitals: [] }),
      days: () => ({
        days: [
          { date: '2026-11-29', remaining: 0, published: true },
          { date: '2026-11-30', remaining: 37, published: true },
        ],
        releaseTime: '07:00',
      }),
      slots: (data) => ({
        slots:
          data.date === '2026-11-30'
            ? [
                segment('s1', {}),
                segment('s2', { start: '09:00', end: '11:00', clinicType: 'expert', fee: 1500, doctorName: '主任医师', bookability: 'full', remaining: 0 }),
                segment('s3', { session: 'pm', start: '13:30', end: '15:00', bookability: 'closed', remaining: 0 }),
              ]
            : [],
      }),
    })
    const { container } = render(<SchedulePage />)

    await screen.findByText('上午')
    expect(requestsFor('slots')[0].data.data).toEqual({ ...scope, date: '2026-11-30' })
    expect(container.querySelector('.day-chip[data-date="2026-11-30"]')).toHaveTextContent('余37')
    expect(container.querySelector('.day-chip[data-date="2026-11-29"]')).toHaveTextContent('约满')
    expect(screen.getByText('下午')).toBeInTheDocument()
    expect(container.querySelector('.slot-card[data-slot-id="s1"]')).not.toHaveClass('disabled')
    expect(container.querySelector('.slot-card[data-slot-id="s2"]')).toHaveClass('disabled')
    expect(container.querySelector('.slot-card[data-slot-id="s2"]')).toHaveTextContent('已约满')
    expect(container.querySelector('.slot-card[data-slot-id="s2"]')).toHaveTextContent('¥15.00')
    expect(container.querySelector('.slot-card[data-slot-id="s3"]')).toHaveTextContent('停诊')

    fireEvent.click(container.querySelector('.slot-card[data-slot-id="s2"]')!)
    expect(taroDouble.navigations).toEqual([])
    fireEvent.click(container.querySelector('.slot-card[data-slot-id="s1"]')!)
    expect(taroDouble.navigations[0].url).toBe(
      '/packages/clinic/pages/confirm/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology&date=2026-11-30&slotId=s1',
    )

    fireEvent.click(container.querySelector('.day-chip[data-date="2026-11-29"]')!)
    expect(await screen.findByText('11月29日该科室没有排班，请选择其他日期。')).toBeInTheDocument()
    await waitFor(() => expect(requestsFor('slots')).toHaveLength(2))
  })

  it('says the day has no schedule when it has no segments', async () => {
    handleActions({
      hospitals: () => ({ hospitals: [] }),
      days: () => ({ days: [{ date: '2026-12-01', remaining: 0, published: false }], releaseTime: '07:00' }),
      slots: () => ({ slots: [] }),
    })
    const { container } = render(<SchedulePage />)

    expect(await screen.findByText('12月01日该科室没有排班，请选择其他日期。')).toBeInTheDocument()
    expect(container.querySelector('.day-chip[data-date="2026-12-01"]')).toHaveTextContent('无号')
    expect(container.querySelector('.slot-card')).toBeNull()
  })

  it('shows why the segments did not load and loads them again on 重试', async () => {
    let failNext = true
    handleActions({
      hospitals: () => ({ hospitals: [] }),
      days: () => ({ days: [{ date: '2026-11-30', remaining: 10, published: true }], releaseTime: '07:00' }),
      slots: () => {
        if (failNext) {
          failNext = false
          throw apiFailure(503, 'INTERNAL', '服务繁忙，请稍后重试')
        }
        return { slots: [segment('s1', {})] }
      },
    })
    const { container } = render(<SchedulePage />)

    expect(await screen.findByText('服务繁忙，请稍后重试')).toBeInTheDocument()
    expect(container.querySelector('.slot-card')).toBeNull()
    fireEvent.click(screen.getByText('重试'))

    await waitFor(() => expect(container.querySelector('.slot-card[data-slot-id="s1"]')).not.toBeNull())
    expect(screen.queryByText('服务繁忙，请稍后重试')).toBeNull()
    expect(requestsFor('slots')).toHaveLength(2)
  })

  it('shows why the days did not load and loads them again on 重试', async () => {
    let failNext = true
    handleActions({
      hospitals: () => ({ hospitals: [] }),
      days: () => {
        if (failNext) {
          failNext = false
          throw apiFailure(503, 'INTERNAL', '服务繁忙，请稍后重试')
        }
        return { days: [{ date: '2026-11-30', remaining: 10, published: true }], releaseTime: '07:00' }
      },
      slots: () => ({ slots: [segment('s1', {})] }),
    })
    const { container } = render(<SchedulePage />)

    expect(await screen.findByText('服务繁忙，请稍后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))

    await waitFor(() => expect(container.querySelector('.slot-card[data-slot-id="s1"]')).not.toBeNull())
    expect(requestsFor('days')).toHaveLength(2)
  })
})
