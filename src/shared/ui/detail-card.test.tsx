import { render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { ActionButton } from './action-button'
import { DetailCard } from './detail-card'

describe('DetailCard', () => {
  it('shows the title, the status in words, the key figure, the lines, the steps and the actions', () => {
    render(
      <DetailCard
        title='代玉贤'
        status={{ label: '待就诊', tone: 'progress' }}
        figure={<Text className='key-figure'>¥8.00</Text>}
        timeline={[{ status: 'booked', statusLabel: '已预约', at: '2026-11-29T02:00:00Z', role: 'resident', note: null }]}
        actions={<ActionButton kind='danger'>取消挂号</ActionButton>}
      >
        <Text>心血管内科</Text>
      </DetailCard>,
    )
    expect(screen.getByText('代玉贤')).toBeInTheDocument()
    expect(screen.getByText('待就诊')).toHaveClass('tone-progress')
    expect(screen.getByText('¥8.00')).toBeInTheDocument()
    expect(screen.getByText('心血管内科')).toBeInTheDocument()
    expect(screen.getByRole('listitem')).toHaveTextContent('已预约')
    expect(screen.getByRole('button', { name: '取消挂号' })).toBeInTheDocument()
  })
})
