import { fireEvent, render, screen } from '@testing-library/react'
import { ActionButton } from './action-button'

describe('ActionButton', () => {
  it('is a button named by its words that runs its action', () => {
    const onClick = jest.fn()
    render(<ActionButton onClick={onClick}>确认挂号</ActionButton>)
    fireEvent.click(screen.getByRole('button', { name: '确认挂号' }))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('when disabled, says so, points at the reason and does nothing', () => {
    const onClick = jest.fn()
    render(
      <ActionButton disabled describedBy='why' onClick={onClick}>
        确认挂号
      </ActionButton>,
    )
    const button = screen.getByRole('button', { name: '确认挂号' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('aria-describedby', 'why')
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('can carry a fuller name than its short visible word', () => {
    render(<ActionButton label='删除王秀兰'>删除</ActionButton>)
    expect(screen.getByRole('button', { name: '删除王秀兰' })).toHaveTextContent('删除')
  })
})
