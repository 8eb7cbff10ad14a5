import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Choice, ChoiceGroup } from './choice'

function Harness() {
  const [chosen, setChosen] = useState('')
  return (
    <ChoiceGroup label='本次挂号是'>
      <Choice selected={chosen === 'revisit'} onSelect={() => setChosen('revisit')}>
        <Text>同一疾病复诊</Text>
      </Choice>
      <Choice selected={chosen === 'new'} onSelect={() => setChosen('new')}>
        <Text>新的疾病</Text>
      </Choice>
    </ChoiceGroup>
  )
}

describe('Choice', () => {
  it('shows nothing as chosen until the person chooses, then exactly that one, marked 已选', () => {
    render(<Harness />)
    const [revisit, fresh] = screen.getAllByRole('radio')
    expect(revisit).toHaveAttribute('aria-checked', 'false')
    expect(fresh).toHaveAttribute('aria-checked', 'false')
    expect(screen.queryByText('✓ 已选')).toBeNull()

    fireEvent.click(screen.getByText('新的疾病'))
    expect(fresh).toHaveAttribute('aria-checked', 'true')
    expect(fresh).toHaveClass('selected')
    expect(revisit).toHaveAttribute('aria-checked', 'false')
    expect(revisit).not.toHaveClass('selected')
    expect(screen.getAllByText('✓ 已选')).toHaveLength(1)
  })
})
