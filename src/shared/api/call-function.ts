import Taro from '@tarojs/taro'
import { useSessionStore } from '@/shared/session/session-store'
import { apiBase, cloudEnv, usesCloud } from '@/shared/platform/build-env'
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error'

type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

export interface CallOptions {
  /** Pass the same id when retrying the same mutation. */
  requestId?: string
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

let cloudReady = false
function ensureCloud(): void {
  if (cloudReady) return
  Taro.cloud.init({ env: cloudEnv })
  cloudReady = true
}

async function send(name: string, body: { action: string; data: unknown; requestId?: string }): Promise<unknown> {
  if (usesCloud()) {
    // The cloud function knows the caller from WeChat's context; no token travels.
    ensureCloud()
    const res = await Taro.cloud.callFunction({ name, data: body })
    return res.result
  }
  const token = useSessionStore.getState().token
  const header: Record<string, string> = { 'content-type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  // Taro.request resolves for 4xx/5xx too: the envelope in the body is what matters.
  const res = await Taro.request({ url: `${apiBase}/api/${name}`, method: 'POST', header, data: body, dataType: 'json' })
  return res.data
}

/** The one way the app talks to a cloud function (CloudBase on weapp, HTTP everywhere else). */
export async function callFunction<T>(
  name: string,
  action: string,
  data: object = {},
  options: CallOptions = {},
): Promise<T> {
  let payload: unknown
  try {
    payload = await send(name, { action, data, requestId: options.requestId })
  } catch {
    throw new ApiError('NETWORK', NETWORK_ERROR_MESSAGE)
  }
  if (!isEnvelope(payload)) throw new ApiError('INTERNAL', '服务暂时不可用，请稍后重试')
  if (payload.ok) return payload.data as T
  const { code, message, fields } = payload.error
  if (code === 'UNAUTHENTICATED') useSessionStore.getState().clear()
  throw new ApiError(code, message, fields ?? {})
}
