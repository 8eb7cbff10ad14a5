import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { checkDigitFor } from '@/domain/resident-id'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import MemberEditPage from './index'

const first17 = '22032319300101002'
const VALID_ID = first17 + checkDigitFor(first17)
const WRONG_CHECK_ID = first17 + (checkDigitFor(first17) === '1' ? '2' : '1')

const mother = {
  id: 'm-1',
  name: '王秀兰',
  relation: 'mother',
  relationLabel: '母亲',
  idNumberMasked: '2203**********0021',
  phoneMasked: '139****0000',
  birthDate: '1930-01-01',
  sex: 'F',
  age: 95,
}

function rendered(container: HTMLElement, selector: string): Element {
  const element = container.querySelector(selector)
  if (!element) throw new Error(`${selector} is not rendered yet`)
  return element
}

function field(container: HTMLElement, id: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`#${id} input`)
  if (!input) throw new Error(`no input inside #${id}`)
  return input
}

/** Stencil renders the inner <input> a tick after the host element. */
async function type(container: HTMLElement, id: string, value: string) {
  const input = await waitFor(() => field(container, id))
  fireEvent.input(input, { target: { value } })
  fireEvent.blur(input, { target: { value } })
}

function chooseRelation(container: HTMLElement, index: number) {
  const picker = container.querySelector('#member-relation')!
  fireEvent(picker, new CustomEvent('change', { detail: { value: index } }))
}

async function renderForm() {
  const view = render(<MemberEditPage />)
  await waitFor(() => expect(requestsFor('members')).toHaveLength(1))
  await act(async () => undefined)
  return view
}

describe('家庭成员表单', () => {
  beforeEach(() => {
    handleActions({
      members: () => ({ members: [], maxMembers: 10 }),
      addMember: (data) => ({ ...mother, id: 'm-new', name: data.name }),
    })
  })

  it('refuses an ID number with a wrong check digit, says why, and does not call the API', async () => {
    const { container } = await renderForm()
    await type(container, 'member-name', '王秀兰')
    await type(container, 'member-id-number', WRONG_CHECK_ID)
    expect(await screen.findByText('身份证号校验位不正确，请核对')).toBeInTheDocument()

    await type(container, 'member-phone', '13900000000')
    chooseRelation(container, 3)
    fireEvent.click(await waitFor(() => rendered(container, '#member-consent input')))
    fireEvent.click(container.querySelector('#member-submit')!)

    await act(async () => undefined)
    expect(screen.getByText('身份证号校验位不正确，请核对')).toBeInTheDocument()
    expect(requestsFor('addMember')).toHaveLength(0)
  })

  it('asks for consent before the first ID number is stored', async () => {
    const { container } = await renderForm()
    await type(container, 'member-name', '王秀兰')
    await type(container, 'member-id-number', VALID_ID)
    await type(container, 'member-phone', '13900000000')
    chooseRelation(container, 3)
    fireEvent.click(container.querySelector('#member-submit')!)

    expect(await screen.findByText('请先阅读并同意个人信息使用说明')).toBeInTheDocument()
    expect(requestsFor('addMember')).toHaveLength(0)
  })

  it('sends a valid member to addMember with consent and a request id, then goes back', async () => {
    const { container } = await renderForm()
    await type(container, 'member-name', ' 王秀兰 ')
    await type(container, 'member-id-number', VALID_ID)
    await type(container, 'member-phone', '13900000000')
    chooseRelation(container, 3) // 母亲
    fireEvent.click(await waitFor(() => rendered(container, '#member-consent input')))
    fireEvent.click(container.querySelector('#member-submit')!)

    await waitFor(() => expect(requestsFor('addMember')).toHaveLength(1))
    const [request] = requestsFor('addMember')
    expect(request.url).toBe('/api/account')
    expect(request.method).toBe('POST')
    expect(request.data.data).toEqual({
      name: '王秀兰',
      idNumber: VALID_ID,
      phone: '13900000000',
      relation: 'mother',
      consent: true,
    })
    expect(request.data.requestId).toEqual(expect.any(String))
    await waitFor(() => expect(taroDouble.navigations).toContainEqual({ kind: 'navigateBack' }))
  })

  it('shows the server’s field errors under the fields', async () => {
    handleActions({
      members: () => ({ members: [], maxMembers: 10 }),
      addMember: () => {
        throw apiFailure(400, 'VALIDATION_FAILED', '请检查填写的内容', { phone: '这个手机号已被其他成员使用' })
      },
    })
    const { container } = await renderForm()
    await type(container, 'member-name', '王秀兰')
    await type(container, 'member-id-number', VALID_ID)
    await type(container, 'member-phone', '13900000000')
    chooseRelation(container, 3)
    fireEvent.click(await waitFor(() => rendered(container, '#member-consent input')))
    fireEvent.click(container.querySelector('#member-submit')!)

    expect(await screen.findByText('这个手机号已被其他成员使用')).toBeInTheDocument()
  })

  it('when editing, shows masked numbers as placeholders and sends only what changed', async () => {
    taroDouble.routerParams = { id: 'm-1' }
    handleActions({
      members: () => ({ members: [mother], maxMembers: 10 }),
      updateMember: (data) => ({ ...mother, ...data }),
    })
    const { container } = render(<MemberEditPage />)
    await waitFor(() => expect(field(container, 'member-name').value).toBe('王秀兰'))
    expect(field(container, 'member-id-number').placeholder).toContain('2203**********0021')
    expect(field(container, 'member-phone').placeholder).toContain('139****0000')

    await type(container, 'member-phone', '13811112222')
    fireEvent.click(container.querySelector('#member-submit')!)

    await waitFor(() => expect(requestsFor('updateMember')).toHaveLength(1))
    expect(requestsFor('updateMember')[0].data.data).toEqual({ memberId: 'm-1', phone: '13811112222' })
  })
})
