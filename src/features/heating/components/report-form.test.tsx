import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { heatingSentences } from '@/domain/heating/policy-sentences'
import { DEFAULT_HEATING_POLICY } from '@/domain/heating/heating-policy'
import { useSessionStore } from '@/shared/session/session-store'
import { apiFailure, handleActions, requestsFor, taroDouble } from '../../../../tests/doubles/taro'
import { members, resident } from '../../../../tests/doubles/clinic-answers'
import { buildingsAnswer, communitiesAnswer, complaint } from '../../../../tests/doubles/heating-answers'
import { ReportForm } from './report-form'

const remembered = { communityId: 'cm-tianxin', buildingId: 'cm-tianxin-b3', unitId: 'cm-tianxin-b3-u2', room: '502' }
const submitButton = () => screen.getByRole('button', { name: /提交反映|正在提交/ })
/** The reason said beside the disabled 提交: the button is described by it. */
const expectReason = (why: string) => expect(submitButton()).toHaveAccessibleDescription(why)

function answer(over: Parameters<typeof communitiesAnswer>[0] = {}, submit: (data: Record<string, unknown>) => unknown = () => complaint({ id: 'hcp-new' })) {
  handleActions({
    communities: () => communitiesAnswer(over),
    buildings: () => buildingsAnswer,
    members: () => ({ members, maxMembers: 10 }),
    submit,
  })
}

async function typeReading(index: number, text: string) {
  const field = await screen.findByRole('textbox', { name: `第${index + 1}次测温，室温（摄氏度）` })
  fireEvent.input(field, { target: { value: text } })
}

describe('我要反映', () => {
  beforeEach(() => {
    useSessionStore.setState({ token: 'token-1', expiresAt: null, user: resident })
  })

  it('asks to sign in first, with 去登录', () => {
    useSessionStore.setState({ token: null, expiresAt: null, user: null })
    render(<ReportForm />)
    expect(screen.getByText('请先登录，再反映供热问题。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '去登录' })).toBeInTheDocument()
  })

  it('prefills the remembered place and 本人 as the contact, and sends the member (not a phone) with the reading as an instant', async () => {
    answer({ lastPlace: remembered })
    render(<ReportForm />)

    expect(await screen.findByText('天馨花园（农行站）')).toBeInTheDocument()
    expect(await screen.findByText('3号楼')).toBeInTheDocument()
    expect(screen.getByText('2单元')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: '门牌号' })).toHaveValue('502')
    expect(await screen.findByText('139****0000')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /代建国（本人，71岁）/ })).toHaveAttribute('aria-checked', 'true')

    fireEvent.click(screen.getByRole('radio', { name: /室温不达标/ }))
    // How to measure sits beside the reading, from the server's answer.
    const guide = screen.getByRole('note', { name: '怎样测室温' })
    expect(within(guide).getByText(/关闭门窗30分钟后测量/)).toBeInTheDocument()
    expect(within(guide).getByText(/离地1.5米高处/)).toBeInTheDocument()
    await typeReading(0, '16.2')
    expect(screen.getByText('提交后：2小时内受理，24小时内上门测温。')).toBeInTheDocument()

    await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-disabled'))
    fireEvent.click(submitButton())
    await waitFor(() => expect(requestsFor('submit')).toHaveLength(1))
    const sent = requestsFor('submit')[0]
    expect(sent.data.data).toEqual({
      communityId: 'cm-tianxin',
      buildingId: 'cm-tianxin-b3',
      unitId: 'cm-tianxin-b3-u2',
      room: '502',
      category: 'temperature',
      readings: [{ celsius: 16.2, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/) }],
      memberId: 'm-self',
    })
    expect(sent.data.requestId).toBeTruthy()
    await waitFor(() => expect(taroDouble.navigations).toEqual([{ kind: 'redirectTo', url: '/packages/heating/pages/complaint/index?id=hcp-new&sent=1' }]))
  })

  it('walks 小区 → 楼栋 → 单元 on big cards, one level at a time, and 更换 goes back one level', async () => {
    answer()
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: '天馨花园' }))
    expect(await screen.findByRole('radiogroup', { name: '楼栋' })).toBeInTheDocument()
    expect(screen.queryByRole('radiogroup', { name: '小区' })).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: '3号楼' }))
    fireEvent.click(await screen.findByRole('radio', { name: '2单元' }))
    expect(screen.queryByRole('radiogroup', { name: '单元' })).toBeNull()
    expect(requestsFor('buildings')[0].data.data).toEqual({ communityId: 'cm-tianxin' })

    fireEvent.click(screen.getByRole('button', { name: '更换楼栋' }))
    expect(screen.getByRole('radiogroup', { name: '楼栋' })).toBeInTheDocument()
    expectReason('请选择楼栋')
  })

  it.each([
    ['', '请填写室温'],
    ['4.9', '室温应在5.0℃至30.0℃之间'],
    ['30.5', '室温应在5.0℃至30.0℃之间'],
    ['16.25', '温度精确到0.1℃'],
    ['十六', '请填写数字，如 16.5'],
  ])('keeps 提交 disabled while the reading is %p, saying %p', async (text, why) => {
    answer({ lastPlace: remembered })
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: /室温不达标/ }))
    await typeReading(0, text)
    await screen.findByText('139****0000')
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true')
    expect(submitButton()).toHaveAttribute('aria-describedby', 'report-missing')
    expectReason(why)
  })

  it('takes more than one reading, each with its own time, and names the one that is wrong', async () => {
    answer({ lastPlace: remembered })
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: /不热停热/ }))
    await typeReading(0, '12.5')
    fireEvent.click(screen.getByRole('button', { name: '再记一次测温' }))
    await typeReading(1, '40')
    expectReason('第2次测温：室温应在5.0℃至30.0℃之间')
    await typeReading(1, '13.1')
    await screen.findByText('139****0000')
    expect(screen.getByText('提交后：2小时内受理，24小时内上门测温，48小时内修复。')).toBeInTheDocument()
    fireEvent.click(submitButton())
    await waitFor(() => expect(requestsFor('submit')).toHaveLength(1))
    expect((requestsFor('submit')[0].data.data.readings as Array<{ celsius: number }>).map((r) => r.celsius)).toEqual([12.5, 13.1])
  })

  it('out of season refuses 室温不达标 and 不热停热 before sending, naming the season, and still takes a leak without a reading', async () => {
    answer({ lastPlace: remembered, season: { start: '2027-10-20', end: '2028-04-10', inSeason: false, sentence: heatingSentences.season(DEFAULT_HEATING_POLICY) } })
    render(<ReportForm />)
    const heat = await screen.findByRole('radio', { name: /室温不达标/ })
    expect(heat).toHaveAttribute('aria-disabled', 'true')
    expect(within(heat).getByText('室温不达标只在供暖期内受理，供暖期为每年10月20日至次年4月10日（含）；漏水、噪音、其他全年受理')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /不热停热/ })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('现在不在供暖期。供暖期为每年10月20日至次年4月10日（含）。')).toBeInTheDocument()

    fireEvent.click(heat)
    expect(heat).toHaveAttribute('aria-checked', 'false')
    fireEvent.click(screen.getByRole('radio', { name: /^漏水/ }))
    expect(screen.queryByRole('note', { name: '怎样测室温' })).toBeNull()
    await screen.findByText('139****0000')
    fireEvent.click(submitButton())
    await waitFor(() => expect(requestsFor('submit')).toHaveLength(1))
    expect(requestsFor('submit')[0].data.data).toMatchObject({ category: 'leak', readings: [] })
  })

  it('sends a typed phone instead of a member when the resident gives another number', async () => {
    answer({ lastPlace: remembered })
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: /^噪音/ }))
    await screen.findByText('139****0000')
    fireEvent.click(screen.getByRole('button', { name: '填写其他电话' }))
    const phone = await screen.findByRole('spinbutton', { name: '联系电话' })
    fireEvent.input(phone, { target: { value: '1390434' } })
    expectReason('请填写11位手机号')
    fireEvent.input(phone, { target: { value: '13904347701' } })
    fireEvent.click(submitButton())
    await waitFor(() => expect(requestsFor('submit')).toHaveLength(1))
    expect(requestsFor('submit')[0].data.data).toMatchObject({ phone: '13904347701' })
    expect(requestsFor('submit')[0].data.data).not.toHaveProperty('memberId')
  })

  it('waits for photos still uploading, then sends their ids', async () => {
    let finish: () => void = () => undefined
    const realFetch = global.fetch
    global.fetch = jest.fn(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ status: 200, json: async () => ({ ok: true, data: { fileId: 'file_1', width: 800, height: 600, bytes: 9000 } }) } as Response)
        }),
    ) as typeof fetch
    try {
      answer({ lastPlace: remembered })
      render(<ReportForm />)
      fireEvent.click(await screen.findByRole('radio', { name: /^漏水/ }))
      await screen.findByText('139****0000')
      taroDouble.chosenImages = [{ path: 'blob:http://localhost/p1', size: 9000, type: 'image/jpeg', originalFileObj: new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }) }]
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '添加照片' }))
      })
      expectReason('照片正在上传，请稍候')
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true')
      await act(async () => finish())
      await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-disabled'))
      fireEvent.click(submitButton())
      await waitFor(() => expect(requestsFor('submit')).toHaveLength(1))
      expect(requestsFor('submit')[0].data.data).toMatchObject({ photos: ['file_1'] })
    } finally {
      global.fetch = realFetch
    }
  })

  it('shows the function’s refusal, with a way to the open complaint when it is a duplicate', async () => {
    answer({ lastPlace: remembered }, () => {
      throw apiFailure(409, 'DUPLICATE_COMPLAINT', '该住户的同类问题正在处理中，请勿重复反映')
    })
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: /^噪音/ }))
    await screen.findByText('139****0000')
    fireEvent.click(submitButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('该住户的同类问题正在处理中，请勿重复反映')
    fireEvent.click(screen.getByRole('button', { name: '查看我的反映' }))
    expect(taroDouble.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/heating/pages/mine/index' }])
  })

  it('puts the function’s field errors under the reading they concern', async () => {
    answer({ lastPlace: remembered }, () => {
      throw apiFailure(400, 'VALIDATION_FAILED', '自测室温有误', { 'readings.0.at': '请填写最近3天内的测温' })
    })
    render(<ReportForm />)
    fireEvent.click(await screen.findByRole('radio', { name: /室温不达标/ }))
    await typeReading(0, '16.0')
    await screen.findByText('139****0000')
    fireEvent.click(submitButton())
    expect(await screen.findByText('请填写最近3天内的测温')).toHaveAttribute('role', 'alert')
    expect(screen.getByRole('textbox', { name: '第1次测温，室温（摄氏度）' })).toBeInTheDocument()
  })
})
