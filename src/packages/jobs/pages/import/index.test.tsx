import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { CSV_HEADER } from '@/domain/jobs/posting-import'
import { useSessionStore } from '@/shared/session/session-store'
import { handleActions, requestsFor } from '../../../../../tests/doubles/taro'
import { staffUser } from '../../../../../tests/doubles/jobs-answers'
import ImportPage from './index'

describe('导入岗位', () => {
  it('says the header, imports the pasted CSV, and lists each refused line with why', async () => {
    useSessionStore.setState({ token: 't', expiresAt: null, user: staffUser })
    handleActions({
      importPostings: () => ({
        imported: 2,
        importedIds: ['a', 'b'],
        refused: [{ line: 3, errors: { pay_yuan: '薪酬应为金额（元），如 180 或 12.5' }, message: '第3行：薪酬应为金额（元），如 180 或 12.5' }],
        published: true,
        reviewNote: '导入的岗位已在省级公共就业服务平台审核，导入后直接发布',
      }),
    })
    render(<ImportPage />)
    expect(screen.getAllByText(CSV_HEADER)[0]).toBeInTheDocument()
    const submit = screen.getByRole('button', { name: '导入' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('请先粘贴 CSV 内容')).toBeInTheDocument()

    const csv = `${CSV_HEADER}\n保洁员,安心家政,保洁,零工,150,天,是,长青小区,43.34,125.30,2,2026-12-31,13904340101,\n`
    fireEvent.input(await screen.findByRole('textbox', { name: 'CSV 内容' }), { target: { value: csv } })
    fireEvent.click(screen.getByRole('button', { name: '导入' }))
    await waitFor(() => expect(requestsFor('importPostings')).toHaveLength(1))
    expect(requestsFor('importPostings')[0].data.data).toEqual({ csv })
    expect(await screen.findByText('导入2条')).toHaveClass('key-figure')
    expect(screen.getByText('导入的岗位已在省级公共就业服务平台审核，导入后直接发布')).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: '未导入的行' })).getByText('第3行：薪酬应为金额（元），如 180 或 12.5')).toBeInTheDocument()
  })
})
