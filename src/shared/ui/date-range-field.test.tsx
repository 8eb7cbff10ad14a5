import { fireEvent, render, screen } from '@testing-library/react'
import { DateRangeField, type DateRange } from './date-range-field'

/** Stencil's picker host carries a `hidden` property jsdom takes for the HTML flag (see the clinic's admin test). */
const control = (name: string) => screen.getByRole('button', { name, hidden: true })

describe('DateRangeField', () => {
  it('says both ends in words and hands back the changed end', () => {
    const changes: DateRange[] = []
    render(<DateRangeField value={{ from: '2026-11-01', to: '2026-11-29' }} onChange={(r) => changes.push(r)} hint='含两端日期。' />)
    expect(control('开始日期：2026年11月1日')).toBeInTheDocument()
    expect(control('结束日期（含）：2026年11月29日')).toBeInTheDocument()
    expect(screen.getByText('含两端日期。')).toBeInTheDocument()
    fireEvent(control('结束日期（含）：2026年11月29日'), new CustomEvent('change', { bubbles: true, detail: { value: '2026-12-31' } }))
    expect(changes).toEqual([{ from: '2026-11-01', to: '2026-12-31' }])
  })
})
