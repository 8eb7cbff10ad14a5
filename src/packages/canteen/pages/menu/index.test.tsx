import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { MenuAnswer } from '@/domain/canteen/contract'
import { usePlaceStore } from '@/features/canteen/place-store'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { canteensAnswer, familyAnswer, menuAnswer, menuMeal } from '../../../../../tests/doubles/canteen-answers'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenMenuPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const FREE = { price: 0, rule: { code: 'age_90_plus' as const, label: '90岁以上免费' }, orderId: null }
const SENIOR = { price: 960, rule: { code: 'senior' as const, label: '60岁以上老人八折' }, orderId: null }

/** The menu as the server answers it: with a member, that diner's price on every meal. */
function menuFor(data: Record<string, unknown>, over: Partial<MenuAnswer> = {}, ordered = false): MenuAnswer {
  const base = menuAnswer({ date: String(data.date), ...over })
  if (!data.memberId) return base
  const diner = data.memberId === 'm-mother' ? FREE : SENIOR
  return { ...base, meals: base.meals.map((m) => ({ ...m, diner: { ...diner, orderId: ordered ? 'ord-1' : null } })) }
}

const lunch = () => screen.getByRole('group', { name: /午餐$/ })
const orderButton = () => within(lunch()).getByRole('button', { name: /报餐$/ })

function open(params: Record<string, string> = { canteenId: 'cn-yongsheng' }) {
  taroDouble.routerParams = params
  render(<CanteenMenuPage />)
}

describe('菜单和报餐', () => {
  beforeEach(() => {
    usePlaceStore.setState(usePlaceStore.getInitialState(), true)
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('shows the whole week from the host’s calendar, today’s menu first, with the canteen’s address, phone and map', async () => {
    handleActions({ canteens: () => canteensAnswer(), members: () => familyAnswer, menu: (data) => menuFor(data) })
    open()
    const week = await screen.findByRole('radiogroup', { name: '用餐日期' })
    const days = within(week).getAllByRole('radio')
    expect(days.map((d) => d.textContent)).toEqual(['今天11月29日', '明天11月30日', '周二12月1日', '周三12月2日', '周四12月3日', '周五12月4日', '周六12月5日'])
    expect(days[0]).toHaveAttribute('aria-checked', 'true')
    await waitFor(() => expect(requestsFor('menu')[0]?.data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-29' }))
    expect(screen.getByText('地址：伊通镇永胜街道')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '拨打 0434-4212345：永胜街道社区食堂' })).toHaveTextContent('拨打 0434-4212345')
    expect(screen.getByRole('button', { name: '查看地图：永胜街道社区食堂' })).toBeInTheDocument()

    fireEvent.click(days[1])
    await waitFor(() => expect(requestsFor('menu').at(-1)?.data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-30' }))
  })

  it('shows a meal’s set price, dishes with category, tags and allergens, places left and the cutoff; 报餐 waits for a diner and says so', async () => {
    handleActions({ canteens: () => canteensAnswer(), members: () => familyAnswer, menu: (data) => menuFor(data) })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-30' })
    await screen.findByRole('group', { name: '11月30日午餐' })
    expect(within(lunch()).getByText('¥12.00')).toHaveClass('key-figure')
    const dishes = within(lunch()).getAllByRole('listitem')
    expect(dishes.map((d) => d.textContent)).toEqual(['小鸡炖蘑菇荤软烂', '地三鲜素低盐含大豆', '大米饭主食'])
    expect(within(lunch()).getByText('还剩150份（共150份）')).toBeInTheDocument()
    expect(within(lunch()).getByText('11月29日20:00前报餐，截止前可取消')).toBeInTheDocument()
    expect(orderButton()).toHaveAttribute('aria-disabled', 'true')
    expect(within(lunch()).getByText('请先在上面选择就餐人')).toHaveAttribute('id', orderButton().getAttribute('aria-describedby'))
    expect(screen.getByText('11月30日早餐、晚餐的菜单还没有发布，请过一会儿再看或选其他日子。')).toBeInTheDocument()
  })

  it('puts the chosen diner’s price first with the rule that gave it: 0元 for the 94-year-old, 八折 for her son', async () => {
    handleActions({ canteens: () => canteensAnswer(), members: () => familyAnswer, menu: (data) => menuFor(data) })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-30' })
    fireEvent.click(await screen.findByRole('radio', { name: /代玉贤/ }))
    await waitFor(() => expect(requestsFor('menu').at(-1)?.data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-30', memberId: 'm-mother' }))
    expect(await within(await screen.findByRole('group', { name: '11月30日午餐' })).findByText('0元')).toHaveClass('key-figure')
    expect(within(lunch()).getByText('90岁以上免费')).toHaveClass('rule-figure')
    expect(within(lunch()).getByText('套餐原价 ¥12.00（3个菜）')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('radio', { name: /代建国/ }))
    expect(await within(await screen.findByRole('group', { name: '11月30日午餐' })).findByText('¥9.60')).toHaveClass('key-figure')
    expect(within(lunch()).getByText('60岁以上老人八折')).toBeInTheDocument()
  })

  it('orders after a check in the page (who, where, when, price, cancel-by), sends no price, and then says it is ordered', async () => {
    let ordered = false
    handleActions({
      canteens: () => canteensAnswer(),
      members: () => familyAnswer,
      menu: (data) => menuFor(data, ordered ? { meals: [menuMeal({ remaining: 149 })] } : {}, ordered),
      order: () => {
        ordered = true
        return {}
      },
    })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-30' })
    fireEvent.click(await screen.findByRole('radio', { name: /代玉贤/ }))
    await within(await screen.findByRole('group', { name: '11月30日午餐' })).findByText('0元')
    fireEvent.click(orderButton())
    const check = within(lunch()).getByRole('group', { name: '为代玉贤报11月30日午餐？' })
    expect(within(check).getByText('永胜街道社区食堂', { exact: false })).toBeInTheDocument()
    expect(within(check).getByText('11:00‑12:30')).toHaveClass('nowrap')
    expect(within(check).getByText('0元（90岁以上免费）')).toBeInTheDocument()
    expect(within(check).getByText('11月29日20:00前可取消')).toBeInTheDocument()
    expect(requestsFor('order')).toHaveLength(0)

    fireEvent.click(within(check).getByRole('button', { name: '确认报餐' }))
    await waitFor(() => expect(requestsFor('order')).toHaveLength(1))
    expect(requestsFor('order')[0].data.data).toEqual({ canteenId: 'cn-yongsheng', date: '2026-11-30', meal: 'lunch', memberId: 'm-mother' })
    expect(requestsFor('order')[0].data.requestId).toEqual(expect.any(String))
    expect(await within(lunch()).findByText('代玉贤已报这一餐。')).toBeInTheDocument()
    expect(within(lunch()).getByText('还剩149份（共150份）')).toBeInTheDocument()
    fireEvent.click(within(lunch()).getByRole('button', { name: '查看我的订餐' }))
    expect(taroDouble.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/canteen/pages/orders/index' })
  })

  it('puts nothing through on 再想想, and shows the server’s refusal in the check', async () => {
    handleActions({
      canteens: () => canteensAnswer(),
      members: () => familyAnswer,
      menu: (data) => menuFor(data),
      order: () => {
        throw apiFailure(409, 'ALREADY_ORDERED', '代玉贤11月30日午餐已报餐（其他食堂），请勿重复报餐')
      },
    })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-30' })
    fireEvent.click(await screen.findByRole('radio', { name: /代玉贤/ }))
    await within(await screen.findByRole('group', { name: '11月30日午餐' })).findByText('0元')
    fireEvent.click(orderButton())
    fireEvent.click(within(lunch()).getByRole('button', { name: '再想想' }))
    expect(within(lunch()).queryByRole('group', { name: /^为代玉贤报/ })).toBeNull()
    expect(requestsFor('order')).toHaveLength(0)

    fireEvent.click(orderButton())
    fireEvent.click(within(lunch()).getByRole('button', { name: '确认报餐' }))
    expect(await within(lunch()).findByRole('alert')).toHaveTextContent('代玉贤11月30日午餐已报餐（其他食堂），请勿重复报餐')
  })

  it.each([
    ['closed at the cutoff', menuMeal({ orderable: false, remaining: 150 }), '报餐已于11月28日20:00截止'],
    ['full', menuMeal({ orderable: false, remaining: 0 }), '这一餐已订满'],
  ])('says why a meal %s cannot be ordered, beside the disabled button', async (_case, meal, why) => {
    handleActions({ canteens: () => canteensAnswer(), members: () => familyAnswer, menu: (data) => menuFor(data, { date: '2026-11-29', meals: [{ ...meal, orderBy: '2026-11-28T12:00:00.000Z' }] }) })
    open()
    fireEvent.click(await screen.findByRole('radio', { name: /代玉贤/ }))
    await within(await screen.findByRole('group', { name: '11月29日午餐' })).findByText('0元')
    expect(orderButton()).toHaveAttribute('aria-disabled', 'true')
    expect(within(lunch()).getByText(why)).toHaveAttribute('id', orderButton().getAttribute('aria-describedby'))
  })

  it('lets a visitor read the menu and asks them to sign in to order', async () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    handleActions({ canteens: () => canteensAnswer(), menu: (data) => menuFor(data) })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-30' })
    await screen.findByRole('group', { name: '11月30日午餐' })
    expect(screen.getByText('请先登录，再选择就餐人。')).toBeInTheDocument()
    expect(within(lunch()).getByText('登录后可为自己或家人报餐')).toBeInTheDocument()
    expect(requestsFor('members')).toHaveLength(0)
  })

  it('falls back to today for a date that has passed', async () => {
    handleActions({ canteens: () => canteensAnswer(), members: () => familyAnswer, menu: (data) => menuFor(data) })
    open({ canteenId: 'cn-yongsheng', date: '2026-11-20' })
    await waitFor(() => expect(requestsFor('menu')[0]?.data.data).toMatchObject({ date: '2026-11-29' }))
  })

  it('says so when the canteen in the link is unknown, and leads back to the list', async () => {
    handleActions({ canteens: () => canteensAnswer() })
    open({ canteenId: 'cn-nowhere' })
    expect(await screen.findByText('没有找到这家餐厅。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '选择餐厅' }))
    expect(taroDouble.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/canteen/pages/index/index' })
  })
})
