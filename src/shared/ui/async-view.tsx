import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import type { Query } from '@/shared/api/use-query'
import { SIGN_IN_TAB } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from './action-button'

export function LoadingView({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state state-loading' role='status'>
      <Text className='body-text'>{text}</Text>
    </View>
  )
}

export function EmptyView({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className='state state-empty'>
      <Text className='body-text'>{text}</Text>
      {children}
    </View>
  )
}

function goSignIn() {
  void Taro.switchTab({ url: SIGN_IN_TAB })
}

/** Nobody is signed in (or the session ended): say what signing in gives, and lead to it. */
export function SignInPrompt({ text }: { text: string }) {
  return (
    <EmptyView text={text}>
      <ActionButton kind='primary' className='go-login' onClick={goSignIn}>
        去登录
      </ActionButton>
    </EmptyView>
  )
}

/**
 * What went wrong, and the way forward. When the server refused the session, or refused a
 * person who is not signed in, only signing in helps: 去登录, never a 重试 that cannot work.
 * Anything else (a lost connection, a busy server) can pass: 重试.
 */
export function ErrorView({ error, onRetry }: { error: Pick<ApiError, 'code' | 'message'>; onRetry: () => void }) {
  const signedIn = useSessionStore((state) => state.user !== null)
  const signInHelps = error.code === 'UNAUTHENTICATED' || (!signedIn && error.code === 'FORBIDDEN')
  return (
    <View className='state state-error' role='alert'>
      <Text className='body-text'>{error.message}</Text>
      {signInHelps ? (
        <ActionButton kind='primary' className='go-login' onClick={goSignIn}>
          去登录
        </ActionButton>
      ) : (
        <ActionButton kind='primary' className='retry-button' onClick={onRetry}>
          重试
        </ActionButton>
      )}
    </View>
  )
}

export interface AsyncViewProps<T> {
  query: Pick<Query<T>, 'status' | 'data' | 'error' | 'reload'>
  children: (data: T) => ReactNode
  loadingText?: string
  /** When the answer is empty, say so (and offer a way on) instead of rendering children. */
  isEmpty?: (data: T) => boolean
  emptyText?: string
  emptyAction?: ReactNode
  /** This view is about the signed-in person: with nobody signed in, show this and 去登录. */
  signIn?: string
}

/**
 * Loading, error, empty or the answer, in that order of precedence: an error is never shown
 * as "nothing here", and a view that needs a person asks them to sign in first.
 */
export function AsyncView<T>({ query, children, loadingText, isEmpty, emptyText = '暂无内容', emptyAction, signIn }: AsyncViewProps<T>) {
  const signedIn = useSessionStore((state) => state.user !== null)
  if (signIn && !signedIn) return <SignInPrompt text={signIn} />
  if (query.status === 'error' && query.error) {
    return <ErrorView error={query.error} onRetry={() => void query.reload()} />
  }
  if (query.data === undefined) return query.status === 'idle' ? null : <LoadingView text={loadingText} />
  if (isEmpty?.(query.data)) {
    return <EmptyView text={emptyText}>{emptyAction}</EmptyView>
  }
  return <>{children(query.data)}</>
}
