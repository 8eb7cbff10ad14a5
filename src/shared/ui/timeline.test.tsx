import { render, screen, within } from '@testing-library/react'
import { Timeline } from './timeline'

describe('Timeline', () => {
  it('lists every step in order with its China-time moment, the mover’s role and the note', () => {
    render(
      <Timeline
        entries={[
          { status: 'submitted', statusLabel: '已提交', at: '2026-12-01T23:30:00Z', role: 'resident', note: null },
          { status: 'accepted', statusLabel: '已受理', at: '2026-12-02T01:05:00Z', role: 'heating_dispatcher', note: '已派维修班' },
        ]}
      />,
    )
    const steps = screen.getAllByRole('listitem')
    expect(steps).toHaveLength(2)
    // 23:30Z on 1 December is 07:30 on 2 December in China.
    expect(within(steps[0]).getByText('已提交')).toBeInTheDocument()
    expect(steps[0]).toHaveTextContent('12月2日 07:30 · 居民')
    expect(steps[1]).toHaveTextContent('12月2日 09:05 · 供热调度员')
    expect(within(steps[1]).getByText('已派维修班')).toBeInTheDocument()
  })

  it('draws nothing for a record without steps', () => {
    const { container } = render(<Timeline entries={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
