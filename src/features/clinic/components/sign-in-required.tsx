import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { EmptyState } from '@/shared/ui/async-state'
import { LOGIN_TAB } from '../routes'

export function SignInRequired({ text = '请先登录，再为自己或家人挂号。' }: { text?: string }) {
  return (
    <EmptyState text={text}>
      <Button id='go-login' className='btn btn-primary tappable' onClick={() => void Taro.switchTab({ url: LOGIN_TAB })}>
        去登录
      </Button>
    </EmptyState>
  )
}
