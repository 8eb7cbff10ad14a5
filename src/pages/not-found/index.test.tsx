import { fireEvent, render, screen } from '@testing-library/react'
import { taroDouble } from '../../../tests/doubles/taro'
import NotFoundPage from './index'

describe('页面不存在', () => {
  it('says the page does not exist and leads home', () => {
    render(<NotFoundPage />)
    expect(screen.getByText('没有找到这个页面')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '回到首页' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'switchTab', url: '/pages/index/index' }])
  })
})
