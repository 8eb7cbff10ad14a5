import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { members, resident, station } from '../../../../../tests/doubles/jobs-answers'
import RegisterPage from './index'

const existing = {
  memberId: 'mem-li',
  memberName: '李向东',
  skills: ['C1驾驶证', '搬运'],
  categories: ['loading' as const],
  categoryLabels: ['搬运装卸'],
  availability: '随时可上岗',
  area: '伊通镇宝捷精品小区',
  updatedAt: '2026-11-28T02:00:00.000Z',
}

describe('求职登记', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
  })

  it('fills in a member’s earlier registration and saves the changes for that member', async () => {
    handleActions({ station: () => station, members: () => members, profile: () => ({ registrations: [existing] }), register: (data) => ({ ...existing, ...data }) })
    render(<RegisterPage />)
    expect(await screen.findByText('李向东：搬运装卸 · 随时可上岗')).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('radio', { name: /李向东/ }))
    const skills = await screen.findByRole('textbox', { name: '会什么（技能、证书）' })
    expect(skills).toHaveValue('C1驾驶证、搬运')
    expect(screen.getByRole('checkbox', { name: '搬运装卸' })).toHaveAttribute('aria-checked', 'true')

    fireEvent.input(skills, { target: { value: 'C1驾驶证、搬运 保洁，保洁' } })
    fireEvent.click(screen.getByRole('checkbox', { name: '保洁' }))
    fireEvent.click(screen.getByRole('radio', { name: '只做日结零工' }))
    fireEvent.click(screen.getByRole('button', { name: '更新登记' }))
    await waitFor(() => expect(requestsFor('register')).toHaveLength(1))
    expect(requestsFor('register')[0].data.data).toEqual({
      memberId: 'mem-li',
      skills: ['C1驾驶证', '搬运', '保洁'],
      categories: ['loading', 'cleaning'],
      availability: '只做日结零工',
      area: '伊通镇宝捷精品小区',
    })
  })

  it('starts empty for a member without one, and says what is missing before saving', async () => {
    handleActions({ station: () => station, members: () => members, profile: () => ({ registrations: [existing] }) })
    render(<RegisterPage />)
    expect(await screen.findByText('请先选择求职人，再填写登记。')).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('radio', { name: /张桂芝/ }))
    expect(await screen.findByRole('textbox', { name: '会什么（技能、证书）' })).toHaveValue('')
    expect(screen.getByText('请说明什么时候能干活')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '保存登记' })).toHaveAttribute('aria-disabled', 'true')
  })
})
