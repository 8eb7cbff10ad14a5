import { render, screen } from '@testing-library/react'
import { handleActions, taroDouble } from '../../../../../tests/doubles/taro'
import SuccessPage from './index'

const registration = {
  id: 'r-1',
  status: 'booked',
  memberId: 'm-2',
  memberName: '王秀兰',
  hospitalId: 'h-first',
  hospitalName: '县第一人民医院',
  campusId: 'c-first-old',
  campusName: '老院区',
  departmentId: 'c-first-old-cardiology',
  departmentName: '心血管内科',
  slotId: 's1',
  visitDate: '2026-11-30',
  start: '08:00',
  end: '09:00',
  clinicType: 'normal',
  fee: 800,
  registrationFee: 100,
  consultationFee: 700,
  waived: false,
  waivedAmount: 0,
  anchorId: null,
  anchorVisitDate: null,
  freeRevisitUntil: '2026-12-02',
  canCancel: true,
  createdAt: '2026-11-29T01:00:00Z',
}

function answerMine(booked: object) {
  handleActions({ mine: () => ({ upcoming: [booked], past: [], freeCancellationRule: '就诊日0点前可免费取消' }) })
}

describe('挂号成功', () => {
  beforeEach(() => {
    taroDouble.routerParams = { registrationId: 'r-1' }
  })

  it('shows the fee and that a same-illness revisit within three days is free, until the visit day plus two', async () => {
    answerMine(registration)
    const { container } = render(<SuccessPage />)

    expect(await screen.findByText('挂号成功')).toBeInTheDocument()
    expect(screen.getByText('就诊人：王秀兰')).toBeInTheDocument()
    expect(container.querySelector('.fee-text')).toHaveTextContent('¥8.00')
    expect(screen.getByText('三日内（至 12月02日）同一疾病复诊免挂号费、诊察费')).toBeInTheDocument()
  })

  it('shows a waived revisit as 已减免 with its first visit, and opens no new free window', async () => {
    answerMine({
      ...registration,
      fee: 0,
      waived: true,
      waivedAmount: 800,
      anchorId: 'r-0',
      anchorVisitDate: '2026-11-29',
      freeRevisitUntil: null,
    })
    const { container } = render(<SuccessPage />)

    expect(await screen.findByText('0元 / 已减免 ¥8.00')).toBeInTheDocument()
    expect(screen.getByText('复诊，关联 11月29日首诊')).toBeInTheDocument()
    expect(container).not.toHaveTextContent('三日内')
  })

  it('says so when the registration cannot be found', async () => {
    handleActions({ mine: () => ({ upcoming: [], past: [], freeCancellationRule: '' }) })
    render(<SuccessPage />)

    expect(await screen.findByText('没有找到这条挂号记录')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()
  })
})
