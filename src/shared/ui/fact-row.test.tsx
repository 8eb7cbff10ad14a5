import { render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { FactRow } from './fact-row'

describe('FactRow', () => {
  it('puts the label beside its fact and keeps the row’s own class', () => {
    render(
      <FactRow label='医院电话' className='guide-phone'>
        <Text>0434-6221234</Text>
      </FactRow>,
    )
    const label = screen.getByText('医院电话')
    expect(label).toHaveClass('fact-label')
    expect(label.parentElement).toHaveClass('fact-row', 'guide-phone')
    expect(screen.getByText('0434-6221234').parentElement).toHaveClass('fact-value')
    expect(screen.getByText('0434-6221234').parentElement?.parentElement).toBe(label.parentElement)
  })
})
