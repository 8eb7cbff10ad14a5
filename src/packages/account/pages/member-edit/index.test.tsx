import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { checkDigitFor } from '@/domain/resident-id'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../../tests/doubles/taro'
import { member, resident } from '../../../../../tests/doubles/clinic-answers'
import MemberEditPage from './index'

const first17 = '22032319300101002'
const VALID_ID = first17 + checkDigitFor(first17)
const WRONG_CHECK_ID = first17 + (checkDigitFor(first17) === '1' ? '2' : '1')

const mother = member({ id: 'm-1', name: '王秀兰', idNumberMasked: '2203**********0021', phoneMasked: '139****0000', age: 95 })

/** Stencil renders the inner <input> a tick after the host element. */
async function type(name: string, value: string) {
  const input = await screen.findByRole(name === '手机号' ? 'spinbutton' : 'textbox', { name })
  fireEvent.input(input, { target: { value } })
  fireEvent.blur(input, { target: { value } })
}

/** The relation picker (see the admin test for why a picker's control needs hidden: true). */
async function chooseRelation(index: number) {
  const control = await screen.findByRole('button', { name: /与本人关系/, hidden: true })
  fireEvent(control, new CustomEvent('change', { bubbles: true, detail: { value: index } }))
}

async function agree() {
  fireEvent.click(await screen.findByRole('checkbox', { name: /我已阅读并同意/ }))
}

async function renderForm() {
  const view = render(<MemberEditPage />)
  await waitFor(() => expect(requestsFor('members')).toHaveLength(1))
  await act(async () => undefined)
  return view
}

describe('家庭成员表单', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: resident })
    handleActions({
      members: () => ({ members: [], maxMembers: 10 }),
      addMember: (data) => ({ ...mother, id: 'm-new', name: data.name }),
    })
  })

  it('names every field for a screen reader', async () => {
    await renderForm()
    for (const name of ['姓名', '身份证号']) expect(await screen.findByRole('textbox', { name })).toBeInTheDocument()
    expect(screen.getByRole('spinbutton', { name: '手机号' })).toBeInTheDocument()
    expect(await screen.findByRole('checkbox', { name: /我已阅读并同意/ })).toBeInTheDocument()
  })

  it('refuses an ID number with a wrong check digit, says why, and does not call the API', async () => {
    await renderForm()
    await type('姓名', '王秀兰')
    await type('身份证号', WRONG_CHECK_ID)
    expect(await screen.findByText('身份证号校验位不正确，请核对')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('textbox', { name: '身份证号' })).toHaveAttribute('aria-invalid', 'true'))

    await type('手机号', '13900000000')
    await chooseRelation(3)
    await agree()
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await act(async () => undefined)
    expect(screen.getByText('身份证号校验位不正确，请核对')).toBeInTheDocument()
    expect(requestsFor('addMember')).toHaveLength(0)
  })

  it('asks for consent before the first ID number is stored', async () => {
    await renderForm()
    await type('姓名', '王秀兰')
    await type('身份证号', VALID_ID)
    await type('手机号', '13900000000')
    await chooseRelation(3)
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请先阅读并同意个人信息使用说明')).toBeInTheDocument()
    expect(requestsFor('addMember')).toHaveLength(0)
  })

  it('sends a valid member to addMember with consent and a request id, then goes back', async () => {
    await renderForm()
    await type('姓名', ' 王秀兰 ')
    await type('身份证号', VALID_ID)
    await type('手机号', '13900000000')
    await chooseRelation(3) // 母亲
    await agree()
    fireEvent.click(screen.getByRole('button', { name: '保存' }))

    await waitFor(() => expect(requestsFor('addMember')).toHaveLength(1))
    const [request] = requestsFor('addMember')
    expect(request.url).toBe('/api/account')
    expect(request.data.data).toEqual({ name: '王秀兰', idNumber: VALID_ID, phone: '13900000000', relation: 'mother', consent: true })
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
    await renderForm()
    await type('姓名', '王秀兰')
    await type('身份证号', VALID_ID)
    await type('手机号', '13900000000')
    await chooseRelation(3)
    await agree()
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('这个手机号已被其他成员使用')).toBeInTheDocument()
  })

  it('when editing, shows masked numbers as placeholders and sends only what changed', async () => {
    taroDouble.routerParams = { id: 'm-1' }
    handleActions({ members: () => ({ members: [mother], maxMembers: 10 }), updateMember: (data) => ({ ...mother, ...data }) })
    render(<MemberEditPage />)
    await waitFor(async () => expect(await screen.findByRole('textbox', { name: '姓名' })).toHaveValue('王秀兰'))
    expect(screen.getByRole('textbox', { name: '身份证号' })).toHaveAttribute('placeholder', '2203**********0021')
    expect(screen.getByRole('spinbutton', { name: '手机号' })).toHaveAttribute('placeholder', '139****0000')

    await type('手机号', '13811112222')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(requestsFor('updateMember')).toHaveLength(1))
    expect(requestsFor('updateMember')[0].data.data).toEqual({ memberId: 'm-1', phone: '13811112222' })
  })

  it('shows a locked ID number read-only with the reason, and never sends it', async () => {
    taroDouble.routerParams = { id: 'm-1' }
    handleActions({ members: () => ({ members: [{ ...mother, idNumberLocked: true }], maxMembers: 10 }), updateMember: (data) => ({ ...mother, ...data }) })
    render(<MemberEditPage />)
    expect(await screen.findByText('已有就诊等记录，身份证号不能修改；如需更换，请删除该成员后重新添加')).toBeInTheDocument()
    expect(screen.getByText('2203**********0021')).toHaveAttribute('aria-readonly', 'true')
    expect(screen.queryByRole('textbox', { name: '身份证号' })).toBeNull()

    await type('姓名', '王秀英')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(requestsFor('updateMember')).toHaveLength(1))
    expect(requestsFor('updateMember')[0].data.data).toEqual({ memberId: 'm-1', name: '王秀英' })
  })

  it('asks a signed-out visitor to sign in instead of opening the form', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    render(<MemberEditPage />)
    expect(screen.getByText('请先登录，再添加或编辑家庭成员。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: '姓名' })).toBeNull()
    expect(requestsFor('members')).toHaveLength(0)
  })
})
