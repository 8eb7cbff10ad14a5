import { fireEvent, render, screen } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { useClinicStore } from '@/features/clinic/store'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import ClinicIndexPage from './index'

const hospitals = [
  {
    id: 'h-first',
    name: '县第一人民医院',
    shortName: '县一院',
    campuses: [
      { id: 'c-first-old', name: '老院区', address: '伊通镇', departments: [{ id: 'c-first-old-cardiology', name: '心血管内科' }] },
      { id: 'c-first-new', name: '新院区', address: '新区', departments: [{ id: 'c-first-new-cardiology', name: '心血管内科' }] },
    ],
  },
  { id: 'h-ethnic', name: '县民族医院', shortName: '民族医院', campuses: [{ id: 'c-ethnic-main', name: '院本部', address: '', departments: [] }] },
]

describe('暖心就医 首页', () => {
  beforeEach(() => useClinicStore.setState(useClinicStore.getInitialState(), true))

  it('leads from hospital to campus to department and opens that department’s schedule', async () => {
    handleActions({ hospitals: () => ({ hospitals }) })
    const { container } = render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByText('县第一人民医院'))
    fireEvent.click(container.querySelector('#campus-c-first-old')!)
    fireEvent.click(container.querySelector('#department-c-first-old-cardiology')!)
    expect(taroDouble.navigations).toEqual([
      {
        kind: 'navigateTo',
        url: '/packages/clinic/pages/schedule/index?hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology',
      },
    ])
  })

  it('shows 医院管理 only to hospital staff, and 挂号统计 to county officials', async () => {
    handleActions({ hospitals: () => ({ hospitals }) })
    const { container, unmount } = render(<ClinicIndexPage />)
    await screen.findByText('县民族医院')
    expect(container.querySelector('#entry-admin')).toBeNull()
    unmount()
    useSessionStore.setState({ token: 't', expiresAt: null, user: { id: 'u-9', displayName: '挂号管理员', roles: [{ role: 'hospital_admin', scope: 'h-first' }] } })
    const again = render(<ClinicIndexPage />)
    expect(again.container.querySelector('#entry-admin')).toHaveTextContent('医院管理')
    again.unmount()
    useSessionStore.setState({ token: 't', expiresAt: null, user: { id: 'u-8', displayName: '专班', roles: [{ role: 'official', scope: '' }] } })
    const official = render(<ClinicIndexPage />)
    expect(official.container.querySelector('#entry-admin')).toHaveTextContent('挂号统计')
  })

  it('offers 重试 when the hospitals cannot load', async () => {
    let attempts = 0
    handleActions({
      hospitals: () => {
        attempts += 1
        if (attempts === 1) throw new Error('down')
        return { hospitals }
      },
    })
    render(<ClinicIndexPage />)
    fireEvent.click(await screen.findByText('重试'))
    expect(await screen.findByText('县民族医院')).toBeInTheDocument()
  })
})
