import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import FreeClinicsPage from './index'

const resident = { id: 'u-1', displayName: '代先生', roles: [{ role: 'resident' as const, scope: null }] }
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

/** Waits until the selector matches (Taro components render asynchronously). */
function rendered(root: ParentNode, selector: string): Promise<Element> {
  return waitFor(() => {
    const el = root.querySelector(selector)
    if (!el) throw new Error(`${selector} not rendered yet`)
    return el
  })
}

describe('专家义诊', () => {
  beforeEach(() => useSessionStore.setState({ token: 't', expiresAt: null, user: resident }))

  it('lists free clinics with seats left, signs up a family member, and shows a full clinic’s refusal', async () => {
    let full = false
    handleActions({
      freeClinics: () => ({ freeClinics: [clinic] }),
      mySignups: () => ({ signups: [] }),
      members: () => ({ members: [{ id: 'm-mother', name: '代玉贤', relationLabel: '母亲', idNumberMasked: '2203**********1023', age: 94 }] }),
      signUpFreeClinic: () => {
        if (full) throw apiFailure(409, 'SLOT_FULL', '名额已满')
        return { signupId: 's-1', freeClinicId: clinic.id, memberId: 'm-mother', memberName: '代玉贤', freeClinic: clinic }
      },
    })
    const { container } = render(<FreeClinicsPage />)
    const card = await rendered(container, '#free-clinic-fc-964-cardio')
    expect(card).toHaveTextContent('余12席')
    fireEvent.click(card.querySelector('.free-clinic-toggle')!)
    expect(await screen.findByText('科室：心血管内科、内分泌科')).toBeInTheDocument()
    fireEvent.click(await rendered(card, '.member-choice[data-member-id="m-mother"]'))
    full = true
    fireEvent.click(card.querySelector('.free-clinic-signup')!)
    expect(await screen.findByText('名额已满')).toBeInTheDocument()
    expect(requestsFor('signUpFreeClinic')[0].data.data).toEqual({ freeClinicId: 'fc-964-cardio', memberId: 'm-mother' })
  })
})
