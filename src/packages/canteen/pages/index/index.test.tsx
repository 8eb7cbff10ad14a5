import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { wgs84ToGcj02 } from '@/domain/gcj02'
import { PLACE_STORAGE_KEY, usePlaceStore } from '@/features/canteen/place-store'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { canteen, canteenManager, canteensAnswer, communitiesAnswer, village } from '../../../../../tests/doubles/canteen-answers'
import { official, resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenIndexPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const GPS = { latitude: 43.3426, longitude: 125.3004 }

const near = canteensAnswer({
  origin: { kind: 'community', communityId: 'cm-yucai', name: '育才小区' },
  canteens: [canteen({ walkMinutes: 5, distanceMetres: 340, withinCircle: true }), { ...village, walkMinutes: 412, distanceMetres: 30_900, withinCircle: false }],
})

function answerPlaces() {
  handleActions({
    canteens: (data) => (data.communityId || data.lat ? near : canteensAnswer()),
    communities: () => communitiesAnswer,
  })
}

const card = (name: string) => screen.getByRole('group', { name })

describe('助老餐厅', () => {
  beforeEach(() => {
    usePlaceStore.setState(usePlaceStore.getInitialState(), true)
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('lists every canteen with its address, hours per meal, phone and map, and asks for no location until told why', async () => {
    answerPlaces()
    render(<CanteenIndexPage />)
    const yongsheng = await screen.findByRole('group', { name: '永胜街道社区食堂' })
    expect(within(yongsheng).getByText('伊通镇永胜街道')).toBeInTheDocument()
    expect(within(yongsheng).getByText('06:30‑08:00')).toHaveClass('nowrap')
    expect(within(yongsheng).getByText('16:30‑18:00')).toBeInTheDocument()
    expect(card('莫里青乡助老餐厅')).toBeInTheDocument()
    expect(screen.getByText('还没有选择位置，下面按全县顺序列出各餐厅。')).toBeInTheDocument()
    expect(screen.getByText('用您的位置算出到各餐厅步行几分钟。位置只用于这次查找，不会保存。')).toBeInTheDocument()
    expect(screen.getByText('90岁以上免费', { exact: false })).toBeInTheDocument()
    expect(taroDouble.locationRequests).toHaveLength(0)

    fireEvent.click(within(yongsheng).getByRole('button', { name: '拨打 0434-4212345：永胜街道社区食堂' }))
    expect(taroDouble.phoneCalls).toEqual(['0434-4212345'])
    fireEvent.click(within(yongsheng).getByRole('button', { name: '看菜单、报餐：永胜街道社区食堂' }))
    expect(taroDouble.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/canteen/pages/menu/index?canteenId=cn-yongsheng' })
  })

  it('measures from the phone’s location once allowed, on China’s maps, and marks those within 一刻钟', async () => {
    answerPlaces()
    taroDouble.location = GPS
    render(<CanteenIndexPage />)
    await screen.findByRole('group', { name: '永胜街道社区食堂' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    })
    const expected = wgs84ToGcj02({ lat: GPS.latitude, lng: GPS.longitude })
    await waitFor(() => expect(requestsFor('canteens').at(-1)?.data.data).toEqual({ lat: expected.lat, lng: expected.lng }))
    expect(taroDouble.locationRequests).toEqual([{ type: 'wgs84' }])
    expect(await screen.findByText('步行约5分钟')).toHaveClass('key-figure')
    expect(within(card('永胜街道社区食堂')).getByText('一刻钟内')).toBeInTheDocument()
    expect(within(card('莫里青乡助老餐厅')).queryByText('一刻钟内')).toBeNull()
    expect(screen.getByText('一刻钟内步行可到1家')).toBeInTheDocument()
    // The location is for this visit only.
    expect(String(taroDouble.storage.get(PLACE_STORAGE_KEY) ?? '')).not.toContain('43.3')
  })

  it('on the mini-app asks WeChat for GCJ-02 directly', async () => {
    process.env.TARO_ENV = 'weapp'
    answerPlaces()
    taroDouble.location = { latitude: 43.345, longitude: 125.306 }
    render(<CanteenIndexPage />)
    await screen.findByRole('group', { name: '永胜街道社区食堂' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    })
    await waitFor(() => expect(requestsFor('canteens').at(-1)?.data.data).toEqual({ lat: 43.345, lng: 125.306 }))
    expect(taroDouble.locationRequests).toEqual([{ type: 'gcj02' }])
    fireEvent.click(within(await screen.findByRole('group', { name: '永胜街道社区食堂' })).getByRole('button', { name: '查看地图：永胜街道社区食堂' }))
    expect(taroDouble.openedLocations).toEqual([{ latitude: 43.3449, longitude: 125.3052, name: '永胜街道社区食堂', address: '伊通镇永胜街道' }])
  })

  it.each([
    ['getLocation:fail auth deny', '没有使用您的位置（未允许定位）。请选择您住的小区，一样能找到附近的餐厅。'],
    ['getLocation:fail system error', '暂时取不到您的位置。请选择您住的小区，一样能找到附近的餐厅。'],
  ])('after “%s” says so, offers the communities, and remembers the one chosen', async (failure, words) => {
    answerPlaces()
    taroDouble.location = failure
    render(<CanteenIndexPage />)
    await screen.findByRole('group', { name: '永胜街道社区食堂' })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    })
    expect(await screen.findByText(words)).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('radio', { name: '育才小区' }))
    await waitFor(() => expect(requestsFor('canteens').at(-1)?.data.data).toEqual({ communityId: 'cm-yucai' }))
    expect(await screen.findByText('按「育才小区」，由近到远列出。')).toBeInTheDocument()
    expect(screen.queryByText(words)).toBeNull()
    expect(String(taroDouble.storage.get(PLACE_STORAGE_KEY))).toContain('cm-yucai')
  })

  it.each([
    ['a resident', resident, ['我的订餐', '我的优惠']],
    ['永胜’s manager', canteenManager, ['我的订餐', '我的优惠', '食堂管理']],
    ['a county official', official, ['我的订餐', '我的优惠', '助餐统计']],
  ])('offers %s the pages of their role', async (_who, user, entries) => {
    useSessionStore.setState({ token: 't', expiresAt: null, user })
    answerPlaces()
    render(<CanteenIndexPage />)
    await screen.findByRole('group', { name: '永胜街道社区食堂' })
    for (const entry of ['我的订餐', '我的优惠', '食堂管理', '助餐统计']) {
      if (entries.includes(entry)) expect(screen.getByRole('button', { name: entry })).toBeInTheDocument()
      else expect(screen.queryByRole('button', { name: entry })).toBeNull()
    }
  })

  it('shows an error with 重试 instead of an empty list when the canteens cannot be read', async () => {
    let attempts = 0
    handleActions({
      canteens: () => {
        attempts += 1
        if (attempts === 1) throw new Error('down')
        return canteensAnswer()
      },
    })
    render(<CanteenIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByRole('group', { name: '永胜街道社区食堂' })).toBeInTheDocument()
  })
})
