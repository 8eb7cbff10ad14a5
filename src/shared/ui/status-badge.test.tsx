import { render, screen } from '@testing-library/react'
import { registrationWorkflow } from '@/domain/clinic/registration-workflow'
import { StatusBadge } from './status-badge'

describe('StatusBadge', () => {
  it.each([
    ['booked', '待就诊', 'tone-progress'],
    ['fulfilled', '已就诊', 'tone-good'],
    ['cancelled', '已取消', 'tone-neutral'],
    ['noshow', '爽约', 'tone-bad'],
  ] as const)('shows %s as “%s” in the workflow’s %s tone', (status, label, toneClass) => {
    render(<StatusBadge tone={registrationWorkflow.tone(status)}>{registrationWorkflow.label(status)}</StatusBadge>)
    expect(screen.getByText(label)).toHaveClass('status-badge', toneClass)
  })
})
