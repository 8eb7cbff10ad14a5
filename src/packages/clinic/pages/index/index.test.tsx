import { fireEvent, render, screen } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import { hospitalAdmin, hospitalsAnswer, official } from '../../../../../tests/doubles/clinic-answers'
import ClinicIndexPage from './index'

describe('暖心就医 首页', () => {
  it('leads from hospital to campus to department and opens that department’s schedule', async () => {
    handleActions({ hospitals: () => hospitalsAnswer })
    render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: /县第一人民医院/ }))
    fireEvent.click(screen.getByRole('button', { name: /老院区/ }))
    fireEvent.click(screen.getByRole('button', { name: '心血管内科' }))
    expect(taroDouble.navigations).toEqual([
      { kind: 'navigateTo', url: '/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology' },
    ])
  })

  it('goes back a step with 换院区 and 换医院', async () => {
    handleActions({ hospitals: () => hospitalsAnswer })
    render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: /县第一人民医院/ }))
    fireEvent.click(screen.getByRole('button', { name: /新院区/ }))
    fireEvent.click(screen.getByRole('button', { name: '换院区' }))
    expect(screen.getByText('县第一人民医院 · 请选择院区')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '换医院' }))
    expect(screen.getByText('请选择医院')).toBeInTheDocument()
  })

  it('shows 医院管理 only to hospital staff', async () => {
    handleActions({ hospitals: () => hospitalsAnswer })
    useSessionStore.setState({ token: 't', expiresAt: null, user: hospitalAdmin })
    render(<ClinicIndexPage />)
    await screen.findByRole('button', { name: /县民族医院/ })
    expect(screen.getByRole('button', { name: '医院管理' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '挂号统计' })).toBeNull()
  })

  it('leads a county official to 挂号统计, not to 医院管理', async () => {
    handleActions({ hospitals: () => hospitalsAnswer })
    useSessionStore.setState({ token: 't', expiresAt: null, user: official })
    render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: '挂号统计' }))
    expect(screen.queryByRole('button', { name: '医院管理' })).toBeNull()
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/clinic/pages/figures/index' }])
  })

  it('shows residents neither staff entry', async () => {
    handleActions({ hospitals: () => hospitalsAnswer })
    render(<ClinicIndexPage />)
    await screen.findByRole('button', { name: /县民族医院/ })
    expect(screen.queryByRole('button', { name: '医院管理' })).toBeNull()
    expect(screen.queryByRole('button', { name: '挂号统计' })).toBeNull()
  })

  it('offers 重试 when the hospitals cannot load', async () => {
    let attempts = 0
    handleActions({
      hospitals: () => {
        attempts += 1
        if (attempts === 1) throw new Error('down')
        return hospitalsAnswer
      },
    })
    render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByRole('button', { name: /县民族医院/ })).toBeInTheDocument()
  })
})
