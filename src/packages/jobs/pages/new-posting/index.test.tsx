import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { employerUser, managed, station } from '../../../../../tests/doubles/jobs-answers'
import NewPostingPage from './index'

async function type(role: 'textbox' | 'spinbutton', name: string, value: string) {
  fireEvent.input(await screen.findByRole(role, { name }), { target: { value } })
}

async function fillIn() {
  await type('textbox', '岗位名称', '小区保洁员（日结）')
  fireEvent.click(screen.getByRole('radio', { name: '保洁' }))
  fireEvent.click(screen.getByRole('radio', { name: '零工' }))
  await type('spinbutton', '工资（元）', '150.5')
  fireEvent.click(screen.getByRole('checkbox', { name: '日结（干一天结一天）' }))
  await type('spinbutton', '招几个人', '3')
  await type('textbox', '工作地点', '伊通镇长青小区')
  fireEvent.click(screen.getByRole('radio', { name: '长青小区' }))
  await type('textbox', '联系人', '王丽华')
  await type('textbox', '联系电话', '13904340101')
}

describe('发布岗位', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: employerUser })
  })

  it('says what is missing and sends nothing', async () => {
    handleActions({ station: () => station })
    render(<NewPostingPage />)
    fireEvent.click(await screen.findByRole('button', { name: '提交审核' }))
    expect(await screen.findByText('请填写岗位名称')).toBeInTheDocument()
    expect(screen.getByText('请选择地点在地图上的位置')).toBeInTheDocument()
    expect(screen.getByText(/^还有\d+项没填好：请填写岗位名称；请选择工种/)).toBeInTheDocument()
    expect(requestsFor('createPosting')).toHaveLength(0)
  })

  it('sends the posting in fen with the chosen place’s point, then opens 我的招聘', async () => {
    handleActions({ station: () => station, createPosting: () => managed({ status: 'pending_review' }) })
    render(<NewPostingPage />)
    await fillIn()
    await type('spinbutton', '最小年龄', '18')
    await type('textbox', '技能或证书（可不填）', '健康证、会用洗地机')
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }))
    await waitFor(() => expect(requestsFor('createPosting')).toHaveLength(1))
    const sent = requestsFor('createPosting')[0].data.data
    expect(sent).toMatchObject({
      title: '小区保洁员（日结）',
      category: 'cleaning',
      type: 'gig',
      pay: 15050,
      payUnit: 'day',
      sameDayPay: true,
      place: '伊通镇长青小区',
      lat: 43.3478,
      lng: 125.3031,
      headcount: 3,
      requirements: { minAge: 18, skills: ['健康证', '会用洗地机'] },
      contactName: '王丽华',
      contactPhone: '13904340101',
    })
    expect(sent.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(sent).not.toHaveProperty('workDates')
    await waitFor(() => expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/jobs/pages/employer/index' }]))
  })

  it('shows the server’s refusal beside the field it is about', async () => {
    handleActions({
      station: () => station,
      createPosting: () => {
        throw apiFailure(400, 'VALIDATION_FAILED', '有效期最长90天', { validThrough: '有效期最长90天，最晚2月27日（含）' })
      },
    })
    render(<NewPostingPage />)
    await fillIn()
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }))
    expect(await screen.findByText('有效期最长90天，最晚2月27日（含）')).toBeInTheDocument()
    await act(async () => undefined)
    expect(taroDouble.navigations).toHaveLength(0)
  })
})
