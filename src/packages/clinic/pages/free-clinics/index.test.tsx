import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { member, resident } from '../../../../../tests/doubles/clinic-answers'
import FreeClinicsPage from './index'

const clinic = {
  id: 'fc-964-cardio',
  hospitalId: 'h-first',
  campusId: 'c-first-old',
  title: '964解放军总医院专家义诊',
  expertsFrom: '964解放军总医院',
  date: '2026-12-02',
  start: '08:30',
  end: '11:30',
  place: '县第一人民医院老院区门诊大厅',
  departments: ['心血管内科', '内分泌科'],
  description: '免费问诊、测血压血糖。',
  seats: 60,
  remaining: 12,
}

describe('专家义诊', () => {
  it('lists free clinics with seats left, signs up a family member, and shows a full clinic’s refusal', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({
      freeClinics: () => ({ freeClinics: [clinic] }),
      mySignups: () => ({ signups: [] }),
      members: () => ({ members: [member()], maxMembers: 10 }),
      signUpFreeClinic: () => {
        throw apiFailure(409, 'SLOT_FULL', '名额已满')
      },
    })
    render(<FreeClinicsPage />)
    expect(await screen.findByText('余12席')).toBeInTheDocument()
    expect(screen.getByText('08:30‑11:30')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '详情与报名' }))
    expect(await screen.findByText('科室：心血管内科、内分泌科')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '报名' })).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(await screen.findByRole('radio', { name: /代玉贤/ }))
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('名额已满')
    expect(requestsFor('signUpFreeClinic')[0].data.data).toEqual({ freeClinicId: 'fc-964-cardio', memberId: 'm-mother' })
  })

  it('shows 我的报名 and cancels one after 确定', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    let signedUp = true
    handleActions({
      freeClinics: () => ({ freeClinics: [clinic] }),
      mySignups: () => ({
        signups: signedUp ? [{ signupId: 's-1', freeClinicId: clinic.id, memberId: 'm-mother', memberName: '代玉贤', signedUpAt: '2026-11-29T02:00:00Z', freeClinic: clinic }] : [],
      }),
      cancelFreeClinicSignup: () => {
        signedUp = false
        return {}
      },
    })
    render(<FreeClinicsPage />)
    const mine = await screen.findByRole('group', { name: '我的报名' })
    fireEvent.click(within(mine).getByRole('button', { name: '取消报名' }))
    await waitFor(() => expect(requestsFor('cancelFreeClinicSignup')).toHaveLength(1))
    await waitFor(() => expect(screen.queryByRole('group', { name: '我的报名' })).toBeNull())
  })

  it('asks a signed-out visitor to sign in before choosing who attends', async () => {
    handleActions({ freeClinics: () => ({ freeClinics: [clinic] }) })
    render(<FreeClinicsPage />)
    fireEvent.click(await screen.findByRole('button', { name: '详情与报名' }))
    expect(screen.getByText('请先登录，再选择就诊人。')).toBeInTheDocument()
    expect(requestsFor('mySignups')).toHaveLength(0)
  })
})
