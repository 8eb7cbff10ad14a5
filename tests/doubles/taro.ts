/**
 * Test double for exactly the @tarojs/taro APIs the app uses (jest maps the module here).
 * Storage is a Map, requests go to a per-test handler, navigation and dialogs are recorded.
 */
import { useEffect, useRef } from 'react'

export interface RecordedRequest {
  url: string
  method: string
  header: Record<string, string>
  data: { action: string; data: Record<string, unknown>; requestId?: string }
  /** A binary body (a photo's bytes), kept as it was sent. */
  binary?: ArrayBuffer
}

/** A picked photo as `Taro.chooseImage` answers it (on H5 with the browser's File). */
export interface ChosenImage {
  path: string
  size: number
  type?: string
  originalFileObj?: Blob
}

export interface FakeResponse {
  statusCode?: number
  data: unknown
}

type RequestHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>

type ActionHandler = (data: Record<string, unknown>, request: RecordedRequest) => unknown

const noHandler: RequestHandler = (request) => {
  throw new Error(`no request handler set for ${request.url} ${request.data?.action}`)
}

export const taroDouble = {
  env: 'WEB' as 'WEB' | 'WEAPP',
  storage: new Map<string, unknown>(),
  requests: [] as RecordedRequest[],
  handler: noHandler,
  navigations: [] as { kind: 'navigateTo' | 'navigateBack' | 'switchTab' | 'redirectTo' | 'reLaunch'; url?: string }[],
  toasts: [] as { title: string; icon?: string }[],
  modals: [] as { title?: string; content?: string }[],
  /** What the next showModal answers (true = 确定). */
  modalConfirms: true,
  routerParams: {} as Record<string, string>,
  /** The page's own path as Taro's useRouter reports it on H5 (pathname, then its query). */
  routerPath: '',
  tabBadges: new Map<number, string>(),
  navigationTitle: '',
  loginCode: 'test-code',
  /** What the next chooseImage answers; an error string makes it fail with that errMsg. */
  chosenImages: [] as ChosenImage[] | string,
  chooseImageCalls: [] as { count?: number; sizeType?: string[]; sourceType?: string[] }[],
  /** Local files the mini-app can read (getFileSystemManager().readFile). */
  localFiles: new Map<string, ArrayBuffer>(),
  /** Places shown with openLocation and numbers dialled with makePhoneCall. */
  openedLocations: [] as { latitude: number; longitude: number; name?: string; address?: string }[],
  phoneCalls: [] as string[],
  /** What the next getLocation answers; a string makes it fail with that errMsg (by default the person refused). */
  location: 'getLocation:fail auth deny' as { latitude: number; longitude: number } | string,
  locationRequests: [] as { type?: string }[],
}

export function resetTaroDouble(): void {
  taroDouble.env = 'WEB'
  taroDouble.storage.clear()
  taroDouble.requests = []
  taroDouble.handler = noHandler
  taroDouble.navigations = []
  taroDouble.toasts = []
  taroDouble.modals = []
  taroDouble.modalConfirms = true
  taroDouble.routerParams = {}
  taroDouble.routerPath = ''
  taroDouble.tabBadges.clear()
  taroDouble.navigationTitle = ''
  taroDouble.chosenImages = []
  taroDouble.chooseImageCalls = []
  taroDouble.localFiles.clear()
  taroDouble.openedLocations = []
  taroDouble.phoneCalls = []
  taroDouble.location = 'getLocation:fail auth deny'
  taroDouble.locationRequests = []
}

export function setRequestHandler(handler: RequestHandler): void {
  taroDouble.handler = handler
}

/**
 * Answers `/api/<fn>` calls by action with the `{ ok: true, data }` envelope; a handler may
 * throw `apiFailure(...)` to answer with an error envelope instead.
 */
export function handleActions(actions: Record<string, ActionHandler>): void {
  setRequestHandler(async (request) => {
    const handle = actions[request.data.action]
    if (!handle) return { statusCode: 404, data: { ok: false, error: { code: 'NOT_FOUND', message: `未知操作 ${request.data.action}` } } }
    try {
      return { statusCode: 200, data: { ok: true, data: await handle(request.data.data ?? {}, request) } }
    } catch (failure) {
      if (failure instanceof ApiFailure) return { statusCode: failure.status, data: { ok: false, error: failure.error } }
      throw failure
    }
  })
}

export class ApiFailure {
  constructor(
    readonly status: number,
    readonly error: { code: string; message: string; fields?: Record<string, string> },
  ) {}
}

export function apiFailure(status: number, code: string, message: string, fields?: Record<string, string>): ApiFailure {
  return new ApiFailure(status, { code, message, fields })
}

export function requestsFor(action: string): RecordedRequest[] {
  return taroDouble.requests.filter((r) => r.data.action === action)
}

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' } as const

const Taro = {
  ENV_TYPE,
  getEnv: () => taroDouble.env,
  getStorageSync: (key: string): unknown => (taroDouble.storage.has(key) ? taroDouble.storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown): void => {
    taroDouble.storage.set(key, value)
  },
  removeStorageSync: (key: string): void => {
    taroDouble.storage.delete(key)
  },
  request: async (options: { url: string; method?: string; header?: Record<string, string>; data?: unknown }) => {
    const binary = options.data instanceof ArrayBuffer ? options.data : undefined
    const request: RecordedRequest = {
      url: options.url,
      method: options.method ?? 'GET',
      header: options.header ?? {},
      data: binary ? { action: '', data: {} } : JSON.parse(JSON.stringify(options.data ?? {})),
      ...(binary ? { binary } : {}),
    }
    taroDouble.requests.push(request)
    const response = await taroDouble.handler(request)
    return { statusCode: response.statusCode ?? 200, data: response.data, header: {} }
  },
  cloud: {
    init: () => undefined,
    callFunction: async () => {
      throw new Error('cloud calls are not used in component tests (TARO_APP_CLOUD_ENV is empty)')
    },
  },
  login: async () => ({ code: taroDouble.loginCode, errMsg: 'login:ok' }),
  chooseImage: async (options: { count?: number; sizeType?: string[]; sourceType?: string[] }) => {
    taroDouble.chooseImageCalls.push(options)
    const chosen = taroDouble.chosenImages
    if (typeof chosen === 'string') throw { errMsg: chosen }
    return { errMsg: 'chooseImage:ok', tempFilePaths: chosen.map((f) => f.path), tempFiles: chosen }
  },
  getFileSystemManager: () => ({
    readFile: ({ filePath, success, fail }: { filePath: string; success?: (res: { data: ArrayBuffer }) => void; fail?: (err: { errMsg: string }) => void }) => {
      const data = taroDouble.localFiles.get(filePath)
      if (data) success?.({ data })
      else fail?.({ errMsg: `readFile:fail no such file ${filePath}` })
    },
  }),
  showToast: async (options: { title: string; icon?: string }) => {
    taroDouble.toasts.push({ title: options.title, icon: options.icon })
  },
  showModal: async (options: { title?: string; content?: string }) => {
    taroDouble.modals.push({ title: options.title, content: options.content })
    return { confirm: taroDouble.modalConfirms, cancel: !taroDouble.modalConfirms }
  },
  navigateTo: async ({ url }: { url: string }) => {
    taroDouble.navigations.push({ kind: 'navigateTo', url })
  },
  navigateBack: async () => {
    taroDouble.navigations.push({ kind: 'navigateBack' })
  },
  switchTab: async ({ url }: { url: string }) => {
    taroDouble.navigations.push({ kind: 'switchTab', url })
  },
  redirectTo: async ({ url }: { url: string }) => {
    taroDouble.navigations.push({ kind: 'redirectTo', url })
  },
  reLaunch: async ({ url }: { url: string }) => {
    taroDouble.navigations.push({ kind: 'reLaunch', url })
  },
  openLocation: async (options: { latitude: number; longitude: number; name?: string; address?: string }) => {
    taroDouble.openedLocations.push({ latitude: options.latitude, longitude: options.longitude, name: options.name, address: options.address })
  },
  getLocation: async (options: { type?: string }) => {
    taroDouble.locationRequests.push({ type: options.type })
    const answer = taroDouble.location
    if (typeof answer === 'string') throw { errMsg: answer }
    return { ...answer, accuracy: 30, errMsg: 'getLocation:ok' }
  },
  makePhoneCall: async ({ phoneNumber }: { phoneNumber: string }) => {
    taroDouble.phoneCalls.push(phoneNumber)
  },
  setNavigationBarTitle: async ({ title }: { title: string }) => {
    taroDouble.navigationTitle = title
  },
  setTabBarBadge: async ({ index, text }: { index: number; text: string }) => {
    taroDouble.tabBadges.set(index, text)
  },
  removeTabBarBadge: async ({ index }: { index: number }) => {
    taroDouble.tabBadges.delete(index)
  },
}

/** Pages are shown once when mounted. */
export function useDidShow(callback: () => void): void {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    latest.current()
  }, [])
}

export function useRouter() {
  return { params: taroDouble.routerParams, path: taroDouble.routerPath }
}

/** The app's not-found hook is exercised in the browser suite (an unknown H5 address). */
export function usePageNotFound(): void {}

export default Taro
