import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { canteenManager, canteensAnswer, menuAnswer, menuMeal, orderCounts, pendingClaim } from '../../../../../tests/doubles/canteen-answers'
import { official, resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenAdminPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const claimsAnswer = { claims: [pendingClaim()], today: '2026-11-29', defaultExpiresOn: '2027-11-29', latestExpiresOn: '2029-11-29' }

function open(tab?: string) {
  taroDouble.routerParams = tab ? { tab } : {}
  render(<CanteenAdminPage />)
}

/** The control inside a Taro picker (Stencil marks the picker host hidden for jsdom; see the clinic's admin test). */
const pickerControl = (name: RegExp) => screen.findByRole('button', { name, hidden: true })

/** Money and counts are number fields (spinbutton), names text fields; Stencil renders a new one a moment later. */
async function type(name: string, value: string) {
  fireEvent.input(await screen.findByRole(/价格|份数/.test(name) ? 'spinbutton' : 'textbox', { name }), { target: { value } })
}

describe('食堂管理', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: canteenManager })
  })

  it('counts each meal for the kitchen: how many to cook, free, discounted and full, and by which rule', async () => {
    handleActions({ canteens: () => canteensAnswer(), orderCounts: (data) => orderCounts({ date: String(data.date) }) })
    open()
    expect(await screen.findByText('永胜街道社区食堂')).toHaveClass('key-figure')
    expect(screen.getByRole('tab', { name: '备餐' })).toHaveAttribute('aria-selected', 'true')
    const lunch = await screen.findByRole('group', { name: '午餐报餐' })
    expect(within(lunch).getByText('已报6份')).toHaveClass('key-figure')
    expect(within(lunch).getByText('共150份，还剩144份')).toBeInTheDocument()
    const kinds = ['免费', '优惠', '原价'].map((kind) => within(lunch).getByText(kind).nextSibling?.textContent)
    expect(kinds).toEqual(['2', '3', '1'])
    expect(within(lunch).getByText('优惠中：老年人优惠2份，退役军人1份')).toBeInTheDocument()
    expect(within(lunch).getByText('应收 ¥40.80')).toBeInTheDocument()
    expect(screen.getByText('还没有发布菜单。')).toBeInTheDocument()
    expect(requestsFor('orderCounts')[0].data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-29' })

    fireEvent.click(within(screen.getByRole('radiogroup', { name: '备餐日期' })).getByRole('radio', { name: '明天11月30日' }))
    await waitFor(() => expect(requestsFor('orderCounts').at(-1)?.data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-30' }))
  })

  it('publishes a meal for a day up to the horizon: set price in yuan as fen, places, dishes with category, tags and allergens', async () => {
    let published = false
    handleActions({
      canteens: () => canteensAnswer(),
      menu: (data) => menuAnswer({ date: String(data.date), meals: published ? [menuMeal({ menuId: 'menu-new', price: 1250, capacity: 120, remaining: 120 })] : [] }),
      publishMenu: () => {
        published = true
        return {}
      },
    })
    open('menu')
    const days = within(await screen.findByRole('radiogroup', { name: '菜单日期' })).getAllByRole('radio')
    expect(days).toHaveLength(15)
    fireEvent.click(days[9])
    await waitFor(() => expect(requestsFor('menu').at(-1)?.data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-12-08' }))
    fireEvent.click(await screen.findByRole('radio', { name: '午餐（未发布）' }))
    expect(await screen.findByText('还没有发布')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '发布菜单' }))
    expect(await screen.findByText('请填写每份价格（元），最多两位小数')).toBeInTheDocument()
    expect(screen.getByText('份数应为0到2000的整数')).toBeInTheDocument()
    expect(screen.getByText('请填写菜名')).toBeInTheDocument()
    expect(requestsFor('publishMenu')).toHaveLength(0)

    await type('每份价格（元）', '12.5')
    await type('份数', '120')
    await type('第1道菜的菜名', '小鸡炖蘑菇')
    fireEvent.click(within(screen.getByRole('group', { name: '第1道菜的标签' })).getByRole('checkbox', { name: '软烂' }))
    fireEvent.click(screen.getByRole('button', { name: '再加一道菜' }))
    await type('第2道菜的菜名', '玉米面发糕')
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '第2道菜的类别' })).getByRole('radio', { name: '点心' }))
    fireEvent.click(within(screen.getByRole('group', { name: '第2道菜的过敏原' })).getByRole('checkbox', { name: '小麦' }))
    fireEvent.click(screen.getByRole('button', { name: '发布菜单' }))

    await waitFor(() => expect(requestsFor('publishMenu')).toHaveLength(1))
    expect(requestsFor('publishMenu')[0].data.data).toEqual({
      canteenId: 'cn-yongsheng',
      date: '2026-12-08',
      meal: 'lunch',
      price: 1250,
      capacity: 120,
      dishes: [
        { name: '小鸡炖蘑菇', category: '荤', tags: ['软烂'], allergens: [] },
        { name: '玉米面发糕', category: '点心', tags: [], allergens: ['小麦'] },
      ],
    })
    expect(await screen.findByText('已发布，已有0人报餐')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '保存修改' })).toBeInTheDocument()
  })

  it('once someone has ordered, says why dishes and price are fixed and changes only the places; the server’s refusal shows', async () => {
    handleActions({
      canteens: () => canteensAnswer(),
      menu: (data) => menuAnswer({ date: String(data.date), meals: [menuMeal({ remaining: 147 })] }),
      publishMenu: () => {
        throw apiFailure(409, 'CAPACITY_BELOW_ORDERED', '份数不能少于已报餐的3人', { capacity: '不能少于已报餐的3人' })
      },
    })
    open('menu')
    fireEvent.click(await screen.findByRole('radio', { name: '午餐（已发布）' }))
    expect(await screen.findByText('已有3人报餐，菜品和价格不能再改（报餐的人按发布的价格付钱），只能调整份数，且不能少于3份。')).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: '第1道菜的菜名' })).toBeNull()
    expect(screen.queryByRole('spinbutton', { name: '每份价格（元）' })).toBeNull()
    await type('份数', '2')
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }))
    await waitFor(() => expect(requestsFor('publishMenu')).toHaveLength(1))
    expect(requestsFor('publishMenu')[0].data.data).toMatchObject({ price: 1200, capacity: 2, dishes: menuMeal().dishes })
    expect(await screen.findByText('不能少于已报餐的3人')).toBeInTheDocument()
    expect(screen.getByText('份数不能少于已报餐的3人')).toBeInTheDocument()
  })

  it('copies last week’s menus onto the coming days and says what it did', async () => {
    handleActions({
      canteens: () => canteensAnswer(),
      menu: (data) => menuAnswer({ date: String(data.date) }),
      copyLastWeek: () => ({
        copied: [{ date: '2026-12-10', meal: 'lunch' }],
        skipped: [
          { date: '2026-12-09', meal: 'lunch', reason: 'already_published' },
          { date: '2026-12-11', meal: 'breakfast', reason: 'nothing_to_copy' },
        ],
      }),
    })
    open('menu')
    fireEvent.click(within(await screen.findByRole('radiogroup', { name: '菜单日期' })).getAllByRole('radio')[10])
    expect(await screen.findByText('把上周同一天的菜单复制到12月9日起的5天；已经发布的不会被覆盖。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '复制上周菜单' }))
    expect(await screen.findByText('复制了1餐；1餐已经发布，没有覆盖；1餐上周没有菜单。')).toBeInTheDocument()
    expect(requestsFor('copyLastWeek')[0].data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-12-09', days: 5 })
  })

  it('verifies a claim after seeing the document, until the date chosen (default from the server)', async () => {
    let reviewed = false
    handleActions({
      canteens: () => canteensAnswer(),
      pendingClaims: () => (reviewed ? { ...claimsAnswer, claims: [] } : claimsAnswer),
      verifyGroup: () => {
        reviewed = true
        return pendingClaim({ status: 'verified' })
      },
    })
    open('claims')
    const claim = await screen.findByRole('group', { name: '李向东 出租车司机' })
    expect(within(claim).getByText('李向东（男，46岁）')).toBeInTheDocument()
    expect(within(claim).getByText('身份证 2203**********2036')).toBeInTheDocument()
    expect(within(claim).getByText('请查看：出租汽车驾驶员从业资格证')).toBeInTheDocument()
    const expiry = await pickerControl(/^有效期至2027年11月29日（含）/)
    fireEvent(expiry, new CustomEvent('change', { bubbles: true, detail: { value: '2027-06-30' } }))
    expect(await pickerControl(/^有效期至2027年6月30日（含）/)).toBeInTheDocument()
    fireEvent.click(within(claim).getByRole('button', { name: '看过证件，核验通过' }))
    await waitFor(() => expect(requestsFor('verifyGroup')).toHaveLength(1))
    expect(requestsFor('verifyGroup')[0].data.data).toEqual({ claimId: 'clm_demo_taxi', approve: true, expiresOn: '2027-06-30' })
    expect(await screen.findByText('没有待核验的申请。')).toBeInTheDocument()
  })

  it('rejects a claim only with a reason, and says so beside the button', async () => {
    handleActions({ canteens: () => canteensAnswer(), pendingClaims: () => claimsAnswer, verifyGroup: () => pendingClaim({ status: 'rejected' }) })
    open('claims')
    const claim = await screen.findByRole('group', { name: '李向东 出租车司机' })
    const reject = within(claim).getByRole('button', { name: '不通过' })
    expect(reject).toHaveAttribute('aria-disabled', 'true')
    expect(within(claim).getByText('写明原因后才能点「不通过」')).toHaveAttribute('id', reject.getAttribute('aria-describedby'))
    fireEvent.click(reject)
    expect(requestsFor('verifyGroup')).toHaveLength(0)

    fireEvent.input(await within(claim).findByRole('textbox', { name: '不通过的原因' }), { target: { value: '  证件已过期 ' } })
    await act(async () => {
      fireEvent.click(within(claim).getByRole('button', { name: '不通过' }))
    })
    await waitFor(() => expect(requestsFor('verifyGroup')).toHaveLength(1))
    expect(requestsFor('verifyGroup')[0].data.data).toEqual({ claimId: 'clm_demo_taxi', approve: false, reason: '证件已过期' })
  })

  it.each([
    ['nobody signed in', null, '请先以食堂管理员身份登录。'],
    ['a resident', resident, '您没有食堂管理权限。'],
    ['a county official', official, '全县助老餐厅的报餐和优惠数字在「助餐统计」。'],
  ])('shows %s no console', async (_who, user, words) => {
    useSessionStore.setState({ token: user ? 't' : null, expiresAt: null, user })
    handleActions({})
    open()
    expect(await screen.findByText(words)).toBeInTheDocument()
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
