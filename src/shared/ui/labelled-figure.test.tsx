import { render, screen } from '@testing-library/react'
import { LabelledFigure } from './labelled-figure'

describe('LabelledFigure', () => {
  it('shows the words and the number as one group named by the words', () => {
    render(<LabelledFigure label='报餐份数' value={128} id='figure-orders' />)
    const group = screen.getByRole('group', { name: '报餐份数' })
    expect(group).toHaveTextContent('报餐份数128')
    expect(screen.getByText('128')).toHaveAttribute('id', 'figure-orders')
  })
})
