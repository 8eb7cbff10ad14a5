import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { card, employerUser, resident, station } from '../../../../../tests/doubles/jobs-answers'
import { wgs84ToGcj02 } from '@/domain/gcj02'
import JobsSearchPage from './index'

/** The phone's GPS fix in the browser, and the same point on Chinese maps (what is searched around). */
const GPS = { latitude: 43.3466, longitude: 125.3031 }
const SEARCHED = wgs84ToGcj02({ lat: GPS.latitude, lng: GPS.longitude })

const searches = () => requestsFor('search').map((r) => r.data.data)
const lastSearch = () => searches()[searches().length - 1]

function answerSearch(pages: Record<string, { items: ReturnType<typeof card>[]; nextCursor: string | null }> = {}) {
  handleActions({
    station: () => station,
    search: (data) => pages[String(data.cursor ?? '')] ?? { items: [card(), card({ id: 'job-2', title: '搬运装卸工', payText: '200元/天 · 日结', headcountLeft: 0, employerName: '伊通县鑫源物流有限公司' })], nextCursor: null },
  })
}

describe('零工驿站 找活', () => {
  it('shows each reviewed posting with its pay, employer, place, places left and last day, and opens it', async () => {
    answerSearch()
    render(<JobsSearchPage />)
    const first = await screen.findByRole('link', { name: /小区保洁员（日结）/ })
    expect(within(first).getByText('150元/天 · 日结')).toHaveClass('key-figure')
    expect(within(first).getByText('伊通县安心家政服务有限公司')).toBeInTheDocument()
    expect(within(first).getByText('伊通镇长青小区')).toBeInTheDocument()
    expect(within(first).getByText('还招3人（共3人）')).toBeInTheDocument()
    expect(within(first).getByText('有效期至12月12日（含）')).toBeInTheDocument()
    expect(within(screen.getByRole('link', { name: /搬运装卸工/ })).getByText('已招满')).toBeInTheDocument()
    expect(lastSearch()).toEqual({ sort: 'newest' })
    expect(screen.getByText('没有更多岗位了')).toBeInTheDocument()

    fireEvent.click(first)
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/jobs/pages/posting/index?id=job-1' }])
  })

  it('searches 日结 only, by keyword, and by category and minimum pay with its unit', async () => {
    answerSearch()
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /搬运装卸工/ })

    fireEvent.click(screen.getByRole('checkbox', { name: '只看日结' }))
    expect(screen.getByRole('checkbox', { name: '只看日结' })).toHaveAttribute('aria-checked', 'true')
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest', sameDayPay: true }))

    fireEvent.input(await screen.findByRole('searchbox', { name: '找什么活' }), { target: { value: '保洁' } })
    fireEvent.click(screen.getByRole('button', { name: '搜索' }))
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest', sameDayPay: true, keyword: '保洁' }))

    fireEvent.click(screen.getByRole('button', { name: /工种、工资/ }))
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '工种' })).getByRole('radio', { name: '保洁' }))
    await waitFor(() => expect(lastSearch()).toMatchObject({ category: 'cleaning' }))
    fireEvent.input(await screen.findByRole('spinbutton', { name: '最低工资（元）' }), { target: { value: '150' } })
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '计薪方式' })).getByRole('radio', { name: '每天' }))
    fireEvent.click(screen.getByRole('button', { name: '按最低工资找' }))
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest', sameDayPay: true, keyword: '保洁', category: 'cleaning', minPay: 15000, payUnit: 'day' }))
    expect(screen.getByText('条件：“保洁” · 保洁 · 日结 · 最低150元/天')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '清除条件' }))
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest' }))
  })

  it('says what a minimum pay must look like, and does not search with it', async () => {
    answerSearch()
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /搬运装卸工/ })
    fireEvent.click(screen.getByRole('button', { name: /工种、工资/ }))
    fireEvent.input(await screen.findByRole('spinbutton', { name: '最低工资（元）' }), { target: { value: '1.234' } })
    expect(await screen.findByText('请填写金额（元），如 150 或 12.5')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '按最低工资找' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('asks for the location only on a tap, with the reason first, then finds by distance nearest first', async () => {
    answerSearch()
    taroDouble.location = GPS
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /搬运装卸工/ })
    expect(taroDouble.locationRequests).toHaveLength(0)
    expect(screen.getByText('用手机位置算岗位离您多远，只用于这次找活，不保存。不给位置也能找。')).toBeInTheDocument()
    const nearest = within(screen.getByRole('radiogroup', { name: '排序' })).getByRole('radio', { name: '离我最近' })
    expect(nearest).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('离我最近：先用我的位置或选镇、小区')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    expect(await screen.findByText('✓ 从「我的位置」算距离')).toBeInTheDocument()
    expect(taroDouble.locationRequests).toEqual([{ type: 'wgs84' }])
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest', lat: SEARCHED.lat, lng: SEARCHED.lng }))

    fireEvent.click(within(screen.getByRole('radiogroup', { name: '距离' })).getByRole('radio', { name: '5公里内' }))
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '排序' })).getByRole('radio', { name: '离我最近' }))
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'nearest', lat: SEARCHED.lat, lng: SEARCHED.lng, radiusKm: 5 }))

    fireEvent.click(screen.getByRole('button', { name: '不按距离' }))
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest' }))
  })

  it('shows each posting’s distance from the chosen point', async () => {
    handleActions({ station: () => station, search: (data) => ({ items: [card({ distanceKm: data.lat ? 0.7 : null }), card({ id: 'job-3', title: '大棚采收', distanceKm: data.lat ? 12.34 : null })], nextCursor: null }) })
    taroDouble.location = GPS
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /大棚采收/ })
    fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    expect(await screen.findByText(/距离700米/)).toBeInTheDocument()
    expect(screen.getByText(/距离12.3公里/)).toBeInTheDocument()
  })

  it('offers the towns and communities when the location is refused, and searches around the one chosen', async () => {
    answerSearch()
    taroDouble.location = 'getLocation:fail auth deny'
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /搬运装卸工/ })
    fireEvent.click(screen.getByRole('button', { name: '用我的位置' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('没有得到位置权限')
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '县城小区' })).getByRole('radio', { name: '长青小区' }))
    expect(await screen.findByText('✓ 从「长青小区」算距离')).toBeInTheDocument()
    await waitFor(() => expect(lastSearch()).toEqual({ sort: 'newest', lat: 43.3478, lng: 125.3031 }))
  })

  it('loads more with a button, passing the last page’s cursor, and says when there is no more', async () => {
    answerSearch({
      '': { items: [card({ id: 'a', title: '第一页岗位' })], nextCursor: 'c-2' },
      'c-2': { items: [card({ id: 'b', title: '第二页岗位' })], nextCursor: null },
    })
    render(<JobsSearchPage />)
    await screen.findByRole('link', { name: /第一页岗位/ })
    expect(screen.queryByText('没有更多岗位了')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '加载更多岗位' }))
    expect(await screen.findByRole('link', { name: /第二页岗位/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /第一页岗位/ })).toBeInTheDocument()
    expect(searches()[1]).toEqual({ sort: 'newest', cursor: 'c-2' })
    expect(screen.getByText('没有更多岗位了')).toBeInTheDocument()
  })

  it('leads a seeker to 我的报名 and 求职登记, and an employer also to 我的招聘', async () => {
    answerSearch()
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    const { unmount } = render(<JobsSearchPage />)
    for (const name of ['我的报名', '求职登记', '驿站服务', '培训招聘会']) expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '我的招聘' })).toBeNull()
    expect(screen.queryByRole('button', { name: '岗位审核' })).toBeNull()
    unmount()

    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
    render(<JobsSearchPage />)
    fireEvent.click(screen.getByRole('button', { name: '我的招聘' }))
    expect(taroDouble.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/jobs/pages/employer/index' })
  })
})
