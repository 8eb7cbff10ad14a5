import { fireEvent, render, screen } from '@testing-library/react'
import { taroDouble } from '../../../tests/doubles/taro'
import HomePage from './index'

describe('首页', () => {
  it('shows the four services, each with a one-line description', () => {
    render(<HomePage />)
    for (const name of ['暖心就医', '温暖供热', '助老餐厅', '零工驿站']) {
      expect(screen.getByText(name)).toBeInTheDocument()
    }
    expect(screen.getByText('室温不达标一键报修，进度全程可查')).toBeInTheDocument()
  })

  it('opens the service subpackage when a service is tapped', () => {
    render(<HomePage />)
    fireEvent.click(screen.getByText('助老餐厅'))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/canteen/pages/index/index' }])
  })
})
