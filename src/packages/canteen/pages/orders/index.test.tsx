import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { canteensAnswer, orderView } from '../../../../../tests/doubles/canteen-answers'
import { resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenOrdersPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const RULE = '用餐前一天20:00前报餐，截止前可取消'
const mothersLunch = orderView()
const sonsDinner = orderView({ id: 'ord-2', memberId: 'm-self', memberName: '代建国', meal: 'dinner', mealLabel: '晚餐', from: '16:30', to: '18:00', basePrice: 1000, price: 800, rule: { code: 'senior', label: '60岁以上老人八折' }, ruleLabel: '60岁以上老人八折' })
const eaten = orderView({ id: 'ord-0', date: '2026-11-28', upcoming: false, canCancel: false })

const card = (name: string) => screen.getByRole('group', { name })

describe('我的订餐', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('lists the family’s coming meals with who, price and rule, when, where, and until when each can be cancelled', async () => {
    handleActions({ myOrders: () => ({ orders: [mothersLunch, sonsDinner, eaten], cutoffRule: RULE }), canteens: () => canteensAnswer() })
    render(<CanteenOrdersPage />)
    const lunch = await screen.findByRole('group', { name: '代玉贤 11月30日午餐' })
    expect(within(lunch).getByText('0元')).toHaveClass('key-figure')
    expect(within(lunch).getByText('90岁以上免费')).toBeInTheDocument()
    expect(within(lunch).getByText('11:00‑12:30')).toHaveClass('nowrap')
    expect(within(lunch).getByText('11月29日20:00前可取消')).toBeInTheDocument()
    expect(within(lunch).getByText('套餐原价 ¥12.00')).toBeInTheDocument()
    expect(within(card('代建国 11月30日晚餐')).getByText('¥8.00')).toHaveClass('key-figure')
    expect(screen.getByRole('tab', { name: '待用餐（2）' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.queryByRole('group', { name: '代玉贤 11月28日午餐' })).toBeNull()
    expect(screen.getByText(RULE)).toBeInTheDocument()

    fireEvent.click(within(lunch).getByRole('button', { name: '拨打电话：永胜街道社区食堂 0434-4212345' }))
    expect(taroDouble.phoneCalls).toEqual(['0434-4212345'])
    expect(await within(lunch).findByRole('button', { name: '查看地图：永胜街道社区食堂' })).toBeInTheDocument()

    fireEvent.click(screen.getByRole('tab', { name: '历史' }))
    expect(await screen.findByRole('group', { name: '代玉贤 11月28日午餐' })).toBeInTheDocument()
  })

  it('cancels only after the check in the page, then shows the meal in 历史 as 未收费', async () => {
    let cancelled = false
    handleActions({
      myOrders: () => ({ orders: cancelled ? [{ ...mothersLunch, status: 'cancelled', statusLabel: '已取消', canCancel: false, upcoming: false }] : [mothersLunch], cutoffRule: RULE }),
      cancelOrder: () => {
        cancelled = true
        return {}
      },
      canteens: () => canteensAnswer(),
    })
    render(<CanteenOrdersPage />)
    const lunch = await screen.findByRole('group', { name: '代玉贤 11月30日午餐' })
    fireEvent.click(within(lunch).getByRole('button', { name: '取消报餐：代玉贤 11月30日午餐' }))
    const check = within(lunch).getByRole('group', { name: '取消代玉贤11月30日午餐的报餐？' })
    expect(within(check).getByText(RULE)).toBeInTheDocument()
    fireEvent.click(within(check).getByRole('button', { name: '不取消' }))
    expect(requestsFor('cancelOrder')).toHaveLength(0)

    fireEvent.click(within(lunch).getByRole('button', { name: '取消报餐：代玉贤 11月30日午餐' }))
    fireEvent.click(within(lunch).getByRole('button', { name: '确认取消' }))
    await waitFor(() => expect(requestsFor('cancelOrder')).toHaveLength(1))
    expect(requestsFor('cancelOrder')[0].data.data).toEqual({ orderId: 'ord-1' })
    expect(await screen.findByRole('tab', { name: '待用餐（0）' })).toBeInTheDocument()
    expect(screen.getByText('家里人还没有订餐。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('tab', { name: '历史' }))
    expect(within(await screen.findByRole('group', { name: '代玉贤 11月30日午餐' })).getByText('未收费')).toHaveClass('key-figure')
  })

  it('shows the server’s refusal when the cutoff passed meanwhile, and the late order without a cancel button', async () => {
    let late = false
    handleActions({
      myOrders: () => ({ orders: [late ? { ...mothersLunch, canCancel: false } : mothersLunch], cutoffRule: RULE }),
      cancelOrder: () => {
        late = true
        throw apiFailure(409, 'ORDER_CUTOFF_PASSED', '已过取消截止时间（11月29日20:00），如不能就餐请致电食堂')
      },
      canteens: () => canteensAnswer(),
    })
    render(<CanteenOrdersPage />)
    const lunch = await screen.findByRole('group', { name: '代玉贤 11月30日午餐' })
    fireEvent.click(within(lunch).getByRole('button', { name: '取消报餐：代玉贤 11月30日午餐' }))
    fireEvent.click(within(lunch).getByRole('button', { name: '确认取消' }))
    expect(await within(lunch).findByRole('alert')).toHaveTextContent('已过取消截止时间（11月29日20:00），如不能就餐请致电食堂')
    fireEvent.click(within(lunch).getByRole('button', { name: '不取消' }))
    expect(within(lunch).getByText('已过取消时间（11月29日20:00），如不能去吃请打电话告诉餐厅')).toBeInTheDocument()
    expect(within(lunch).queryByRole('button', { name: /^取消报餐/ })).toBeNull()
  })

  it('asks a signed-out visitor to log in, and asks the server nothing', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    handleActions({})
    render(<CanteenOrdersPage />)
    expect(screen.getByText('请先登录，查看家人的订餐。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
