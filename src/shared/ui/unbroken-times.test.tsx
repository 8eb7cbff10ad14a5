import { render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { UnbrokenTimes } from './unbroken-times'

describe('UnbrokenTimes', () => {
  it('keeps each time range of a sentence on one line and leaves the rest as it is', () => {
    render(
      <Text>
        <UnbrokenTimes text='代玉贤 11月30日 08:00-09:00 心血管内科，13:30-15:00 另有一号。' />
      </Text>,
    )
    expect(screen.getByText('08:00-09:00')).toHaveClass('nowrap')
    expect(screen.getByText('13:30-15:00')).toHaveClass('nowrap')
    expect(screen.getByText(/代玉贤 11月30日/)).toHaveTextContent('代玉贤 11月30日 08:00-09:00 心血管内科，13:30-15:00 另有一号。')
  })
})
