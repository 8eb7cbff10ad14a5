import { fireEvent, render, screen, within } from '@testing-library/react'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import { station } from '../../../../../tests/doubles/jobs-answers'
import StationPage from './index'

describe('驿站服务', () => {
  it('says what the station offers, where and when, whom to call, and leads to each service', async () => {
    handleActions({ station: () => station })
    render(<StationPage />)
    expect(await screen.findByText('伊通县零工驿站')).toHaveClass('key-figure')
    expect(screen.getByText('2023年9月开站')).toBeInTheDocument()
    for (const service of ['求职登记', '信息发布', '能力提升', '政策咨询']) expect(screen.getByRole('group', { name: service })).toBeInTheDocument()
    const amenities = within(screen.getByRole('list', { name: '免费提供' })).getAllByRole('listitem').map((item) => item.textContent)
    expect(amenities).toEqual(['免费热饭', '饮水', '手机充电', '免费Wi-Fi', '休息座椅'])
    expect(screen.getByText('2592个')).toHaveClass('key-figure')
    fireEvent.click(screen.getByRole('button', { name: /拨打电话/ }))
    expect(taroDouble.phoneCalls).toEqual(['0434-4213366'])
    fireEvent.click(screen.getByRole('button', { name: '看培训' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/jobs/pages/events/index' }])
  })
})
