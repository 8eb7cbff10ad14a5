import { render, screen } from '@testing-library/react'
import { Input } from '@tarojs/components'
import { FormError, FormField } from './form-field'

describe('FormField', () => {
  it('names its input by the label a person reads, and marks it invalid with the error beneath', async () => {
    render(
      <FormField label='手机号' name='phone' hint='不修改请留空' error='请输入11位手机号'>
        {({ nativeProps }) => <Input nativeProps={nativeProps} value='' />}
      </FormField>,
    )
    const input = await screen.findByRole('textbox', { name: '手机号' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('请输入11位手机号')
    expect(screen.getByText('不修改请留空')).toBeInTheDocument()
  })

  it('shows no error and no invalid mark when the field is fine', async () => {
    render(
      <FormField label='姓名' name='name'>
        {({ nativeProps }) => <Input nativeProps={nativeProps} value='王秀兰' />}
      </FormField>,
    )
    const input = await screen.findByRole('textbox', { name: '姓名' })
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a form-level error only when there is one', () => {
    const { rerender } = render(<FormError text='' />)
    expect(screen.queryByRole('alert')).toBeNull()
    rerender(<FormError text='请检查填写的内容' />)
    expect(screen.getByRole('alert')).toHaveTextContent('请检查填写的内容')
  })
})
