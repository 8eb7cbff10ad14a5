import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSeniorModeStore } from '@/features/senior-mode/senior-mode-store'
import { taroDouble } from '../../../tests/doubles/taro'
import HomePage from './index'

describe('首页', () => {
  it('shows the four services, each with a one-line description', () => {
    render(<HomePage />)
    for (const name of ['暖心就医', '温暖供热', '助老餐厅', '零工驿站']) {
      expect(screen.getByRole('button', { name: new RegExp(name) })).toBeInTheDocument()
    }
    expect(screen.getByText('室温不达标一键报修，进度全程可查')).toBeInTheDocument()
  })

  it('opens the service subpackage when a service is tapped', () => {
    render(<HomePage />)
    fireEvent.click(screen.getByRole('button', { name: /助老餐厅/ }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/canteen/pages/index/index' }])
  })

  it('offers 长辈模式 right here, where a senior starts', async () => {
    render(<HomePage />)
    fireEvent.click(await screen.findByRole('checkbox', { name: '长辈模式' }))
    await waitFor(() => expect(useSeniorModeStore.getState().enabled).toBe(true))
    expect(screen.getByText('字更大、按钮更大、颜色更清楚')).toBeInTheDocument()
  })
})
