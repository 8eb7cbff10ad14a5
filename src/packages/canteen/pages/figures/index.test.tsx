import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { CanteenFigures, CanteenStats } from '@/domain/canteen/contract'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { canteenManager, canteensAnswer } from '../../../../../tests/doubles/canteen-answers'
import { official, resident } from '../../../../../tests/doubles/clinic-answers'
import CanteenFiguresPage from './index'

// Stencil renders Taro's inputs a moment after React; two cores shared by several suites make that moment long.
configure({ asyncUtilTimeout: 5000 })

const figures = (orders: number, freeMeals: number, discountedMeals: number, subsidy: number): CanteenFigures => ({
  orders,
  freeMeals,
  discountedMeals,
  subsidy,
  byRule: { age_90_plus: freeMeals, senior: discountedMeals, veteran: 0, dibao: 0, disabled: 0, worker: 0, full: orders - freeMeals - discountedMeals },
})

const stats: CanteenStats = {
  from: '2026-11-01',
  to: '2026-12-05',
  ...figures(128, 31, 70, 54_320),
  byCanteen: [
    { canteenId: 'cn-yongsheng', canteenName: '永胜街道社区食堂', ...figures(100, 25, 60, 45_000) },
    { canteenId: 'cn-yidan', canteenName: '伊丹镇助老餐厅', ...figures(28, 6, 10, 9_320) },
    { canteenId: 'cn-moliqing', canteenName: '莫里青乡助老餐厅', ...figures(0, 0, 0, 0) },
  ],
  byDay: [{ date: '2026-11-29', ...figures(128, 31, 70, 54_320) }],
}

const pickerControl = (name: RegExp) => screen.findByRole('button', { name, hidden: true })

describe('助餐统计', () => {
  it('shows officials the county’s meals, free meals, discounted meals and the subsidy, from the first of the month to the last orderable day', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    handleActions({ canteens: () => canteensAnswer(), stats: () => stats })
    render(<CanteenFiguresPage />)
    const figure = async (name: string, value: string) => expect(within(await screen.findByRole('group', { name })).getByText(value)).toHaveClass('key-figure')
    await figure('报餐份数', '128')
    expect(requestsFor('stats')[0].data.data).toEqual({ from: '2026-11-01', to: '2026-12-05' })
    await figure('高龄免费', '31')
    await figure('优惠餐', '70')
    await figure('减免金额', '543.2元')
    expect(screen.getByText('高龄免费：31份')).toBeInTheDocument()
    const byCanteen = screen.getByRole('table', { name: '按餐厅统计' })
    expect(within(byCanteen).getAllByRole('row').map((r) => r.textContent)).toEqual(['餐厅报餐免费优惠', '永胜街道社区食堂1002560', '伊丹镇助老餐厅28610'])

    fireEvent(await pickerControl(/^从2026年11月1日/), new CustomEvent('change', { bubbles: true, detail: { value: '2026-11-20' } }))
    await waitFor(() => expect(requestsFor('stats').at(-1)?.data.data).toEqual({ from: '2026-11-20', to: '2026-12-05' }))
  })

  it.each([
    ['a resident', resident],
    ['a canteen manager', canteenManager],
  ])('is closed to %s', async (_who, user) => {
    useSessionStore.setState({ token: 't', expiresAt: null, user })
    handleActions({})
    render(<CanteenFiguresPage />)
    expect(await screen.findByText('助餐统计仅对县暖民心行动专班开放。')).toBeInTheDocument()
    expect(taroDouble.requests).toHaveLength(0)
  })
})
