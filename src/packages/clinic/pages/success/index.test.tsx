import { fireEvent, render, screen, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { registration, resident } from '../../../../../tests/doubles/clinic-answers'
import SuccessPage from './index'

describe('挂号成功', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    taroDouble.routerParams = { registrationId: 'reg-1' }
  })

  it('loads the booking by its id (so a reload shows it again) with the fee and the free-revisit window (含)', async () => {
    handleActions({ registration: () => registration() })
    render(<SuccessPage />)

    expect(await screen.findByText('挂号成功')).toBeInTheDocument()
    expect(requestsFor('registration')[0].data.data).toEqual({ registrationId: 'reg-1' })
    expect(screen.getByText('就诊人：代玉贤')).toBeInTheDocument()
    expect(screen.getByText('待就诊')).toBeInTheDocument()
    expect(screen.getByText('¥8.00')).toHaveClass('key-figure')
    expect(screen.getByText('至12月2日（含），同一疾病复诊免挂号费、诊察费')).toBeInTheDocument()
  })

  it('says where to go and what to do: 序号, address with a map, room, phone, what to bring and how to pay', async () => {
    process.env.TARO_ENV = 'weapp'
    handleActions({ registration: () => registration() })
    render(<SuccessPage />)

    expect(await screen.findByText('第3号')).toHaveClass('key-figure')
    expect(screen.getByText('伊通镇中央路1号')).toBeInTheDocument()
    expect(screen.getByText('心血管内科：门诊楼二层东侧')).toBeInTheDocument()
    expect(screen.getByText('· 就诊人身份证')).toBeInTheDocument()
    expect(screen.getByText('· 医保卡')).toBeInTheDocument()
    expect(screen.getByText('到院后在门诊一楼收费窗口或自助机缴费，可用医保卡')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '查看地图：县第一人民医院老院区' }))
    expect(taroDouble.openedLocations).toEqual([{ latitude: 43.345, longitude: 125.305, name: '县第一人民医院老院区', address: '伊通镇中央路1号' }])
    fireEvent.click(screen.getByRole('button', { name: /^拨打电话：.* 0434-6221234$/ }))
    expect(taroDouble.phoneCalls).toEqual(['0434-6221234'])
  })

  it('offers no map for a campus without coordinates', async () => {
    const base = registration()
    handleActions({ registration: () => ({ ...base, guide: { ...base.guide, latitude: null, longitude: null } }) })
    render(<SuccessPage />)
    await screen.findByText('第3号')
    expect(screen.queryByRole('button', { name: /查看地图/ })).toBeNull()
  })

  it('hides 预约提醒 on H5, where a WeChat reminder cannot work', async () => {
    handleActions({ registration: () => registration() })
    render(<SuccessPage />)
    await screen.findByText('挂号成功')
    expect(screen.queryByRole('button', { name: '预约提醒' })).toBeNull()
    expect(screen.getByRole('button', { name: '查看我的挂号' })).toBeInTheDocument()
  })

  it('shows a waived revisit as 已减免 with its first visit, and opens no new free window', async () => {
    handleActions({
      registration: () => registration({ fee: 0, waived: true, waivedAmount: 800, anchorId: 'r-0', anchorVisitDate: '2026-11-29', freeRevisitUntil: null }),
    })
    render(<SuccessPage />)
    expect(await screen.findByText('0元 / 已减免 ¥8.00')).toBeInTheDocument()
    expect(screen.getByText('复诊，关联11月29日首诊')).toBeInTheDocument()
    expect(screen.queryByText(/同一疾病复诊免挂号费/)).toBeNull()
  })

  it('shows a booking cancelled since as 未收费, without the day’s guide', async () => {
    handleActions({ registration: () => registration({ status: 'cancelled', canCancel: false }) })
    render(<SuccessPage />)
    await screen.findByText('挂号详情')
    const card = screen.getByRole('group', { name: '代玉贤 心血管内科的挂号' })
    expect(within(card).getByText('未收费')).toHaveClass('key-figure')
    expect(within(card).queryByText('¥8.00')).toBeNull()
    expect(screen.getByText('已取消')).toBeInTheDocument()
    expect(screen.queryByText('第3号')).toBeNull()
  })

  it('says so when the registration cannot be found', async () => {
    handleActions({
      registration: () => {
        throw apiFailure(404, 'NOT_FOUND', '没有找到这条挂号记录')
      },
    })
    render(<SuccessPage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('没有找到这条挂号记录')
  })
})
