import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { useQuery } from '@/shared/api/use-query'
import { isWeapp, usesCloud } from '@/shared/platform/build-env'
import { useSessionStore, type SessionUser } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { accountApi, type LoginOptions } from '../api'
import './login-card.scss'

type Grant = { token: string | null; expiresAt?: string | null; user: SessionUser }

/** WeChat identity: from the cloud call context when on CloudBase, else via a login code. */
async function wechatGrant(): Promise<Grant> {
  if (usesCloud()) {
    const { user } = await accountApi.me()
    return { token: null, user }
  }
  const { code } = await Taro.login()
  return accountApi.wechatLogin(code)
}

function randomDevOpenid(): string {
  return `dev-${Math.random().toString(36).slice(2, 12)}`
}

export function LoginCard() {
  const options = useQuery(['account.loginOptions'], () => accountApi.loginOptions())
  return (
    <AsyncView query={options} loadingText='正在准备登录…'>
      {(value) => <LoginChoices options={value} />}
    </AsyncView>
  )
}

function LoginChoices({ options }: { options: LoginOptions }) {
  const signIn = useSessionStore((state) => state.signIn)
  const [busy, setBusy] = useState(false)

  const run = async (obtainGrant: () => Promise<Grant>) => {
    if (busy) return
    setBusy(true)
    try {
      signIn(await obtainGrant())
      void Taro.showToast({ title: '登录成功', icon: 'success' })
    } catch (error) {
      void Taro.showToast({ title: errorMessage(error), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  const canUseWechat = isWeapp() && (usesCloud() || options.wechatLogin)

  return (
    <View className='card login-card'>
      <Text className='key-figure login-title'>登录暖民心</Text>
      <Text className='body-text muted login-intro'>登录后可管理家庭成员、挂号、助餐、报修供热、找零工。</Text>
      {canUseWechat && (
        <ActionButton id='wechat-login' kind='primary' className='login-button' disabled={busy} onClick={() => void run(wechatGrant)}>
          微信一键登录
        </ActionButton>
      )}
      {options.devLogin && (
        <View className='dev-login'>
          <Text className='body-text section-title'>体验账号（测试环境）</Text>
          {options.personas.map(({ persona, label }) => (
            <ActionButton
              key={persona}
              id={`persona-${persona}`}
              className='login-button persona-button'
              disabled={busy}
              onClick={() => void run(() => accountApi.devLoginAsPersona(persona))}
            >
              {label}
            </ActionButton>
          ))}
          <ActionButton id='dev-new-user' className='login-button' disabled={busy} onClick={() => void run(() => accountApi.devLoginAsOpenid(randomDevOpenid()))}>
            新用户体验
          </ActionButton>
        </View>
      )}
      {!canUseWechat && !options.devLogin && <Text className='body-text login-unavailable'>请在微信中打开「暖民心」小程序登录。</Text>}
    </View>
  )
}
