import { act, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { taroDouble } from '../../../tests/doubles/taro'
import { useRouteParams } from './use-route-params'

function Page() {
  const { departmentId = '' } = useRouteParams()
  return <Text>科室 {departmentId}</Text>
}

describe('useRouteParams', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  it('takes what the page was opened with, without the router’s own keys', () => {
    taroDouble.routerParams = { departmentId: 'cardiology', stamp: '3' }
    render(<Page />)
    expect(screen.getByText('科室 cardiology')).toBeInTheDocument()
  })

  it('on H5, follows the address when a link names the same page with another department', () => {
    taroDouble.routerPath = '/packages/clinic/pages/schedule/index?departmentId=cardiology&stamp=1'
    taroDouble.routerParams = { departmentId: 'cardiology' }
    render(<Page />)
    act(() => {
      window.location.hash = '#/packages/clinic/pages/schedule/index?departmentId=pediatrics'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByText('科室 pediatrics')).toBeInTheDocument()
  })

  it('ignores an address that names another page', () => {
    taroDouble.routerPath = '/packages/clinic/pages/schedule/index?departmentId=cardiology'
    taroDouble.routerParams = { departmentId: 'cardiology' }
    render(<Page />)
    act(() => {
      window.location.hash = '#/packages/clinic/pages/confirm/index?departmentId=pediatrics'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByText('科室 cardiology')).toBeInTheDocument()
  })
})
