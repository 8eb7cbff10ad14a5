import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSessionStore } from '@/shared/session/session-store'
import { setRequestHandler, taroDouble, type ChosenImage } from '../../../tests/doubles/taro'
import { PhotoPicker, type PhotoPickerState } from './photo-picker'

const jpeg = (n: number, size = 180_000): ChosenImage => ({
  path: `blob:http://localhost/photo-${n}`,
  size,
  type: 'image/jpeg',
  originalFileObj: new Blob([new Uint8Array([0xff, 0xd8, 0xff, n])], { type: 'image/jpeg' }),
})

interface Sent {
  url: string
  init: RequestInit
}

/** The H5 upload goes through fetch with the raw File: this stands in for POST /api/files. */
function fakeUploads(answer: (n: number) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>) {
  const sent: Sent[] = []
  global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} })
    const { status, body } = await answer(sent.length)
    return { status, json: async () => body } as Response
  }) as typeof fetch
  return sent
}

const uploaded = (n: number) => ({ status: 200, body: { ok: true, data: { fileId: `file_${n}`, width: 800, height: 600, bytes: 90_000 } } })

function renderPicker(max = 3) {
  const states: PhotoPickerState[] = []
  render(<PhotoPicker label='现场照片' max={max} onChange={(state) => states.push(state)} />)
  return { latest: () => states[states.length - 1] }
}

const addButton = () => screen.queryByRole('button', { name: '添加照片' })

async function choose(...images: ChosenImage[]) {
  taroDouble.chosenImages = images
  await act(async () => {
    fireEvent.click(addButton()!)
  })
}

describe('PhotoPicker', () => {
  const realFetch = global.fetch
  beforeEach(() => {
    useSessionStore.getState().signIn({ token: 'token-1', user: { id: 'acc_1', displayName: '代先生', roles: [] } })
  })
  afterEach(() => {
    global.fetch = realFetch
  })

  it('uploads each chosen photo with the session token and hands the form their ids', async () => {
    const sent = fakeUploads(uploaded)
    const picker = renderPicker()
    expect(screen.getByText('现场照片（最多3张）')).toBeInTheDocument()

    await choose(jpeg(1), jpeg(2))

    await waitFor(() => expect(picker.latest()).toEqual({ fileIds: ['file_1', 'file_2'], uploading: false, failed: 0 }))
    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label'))).toEqual(['第1张照片，已上传', '第2张照片，已上传'])
    expect(taroDouble.chooseImageCalls).toEqual([{ count: 3, sizeType: ['compressed'], sourceType: ['album', 'camera'] }])
    expect(sent.map((s) => s.url)).toEqual(['/api/files', '/api/files'])
    expect(sent[0].init).toMatchObject({ method: 'POST', headers: { 'content-type': 'image/jpeg', Authorization: 'Bearer token-1' } })
    expect(sent[0].init.body).toBeInstanceOf(Blob)
  })

  it('says a photo is still uploading, so the form can wait for it', async () => {
    let finish: () => void = () => undefined
    fakeUploads((n) => new Promise((resolve) => (finish = () => resolve(uploaded(n)))))
    const picker = renderPicker()

    await choose(jpeg(1))

    expect(screen.getByRole('listitem', { name: '第1张照片，上传中…' })).toBeInTheDocument()
    expect(screen.getByText('上传中…')).toBeInTheDocument()
    expect(picker.latest()).toEqual({ fileIds: [], uploading: true, failed: 0 })
    await act(async () => finish())
    await waitFor(() => expect(picker.latest()).toEqual({ fileIds: ['file_1'], uploading: false, failed: 0 }))
  })

  it("shows the server's reason when an upload is refused, and uploads again on 重新上传", async () => {
    fakeUploads((n) => (n === 1 ? { status: 415, body: { ok: false, error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPEG、PNG 或 WebP 格式的照片' } } } : uploaded(n)))
    const picker = renderPicker()

    await choose(jpeg(1))

    expect(await screen.findByText('只能上传 JPEG、PNG 或 WebP 格式的照片')).toBeInTheDocument()
    expect(picker.latest()).toEqual({ fileIds: [], uploading: false, failed: 1 })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '重新上传第1张照片' }))
    })
    await waitFor(() => expect(picker.latest()).toEqual({ fileIds: ['file_2'], uploading: false, failed: 0 }))
    expect(screen.queryByText('只能上传 JPEG、PNG 或 WebP 格式的照片')).not.toBeInTheDocument()
  })

  it('tells the resident a photo over 5 MB is too large without sending it', async () => {
    const sent = fakeUploads(uploaded)
    const picker = renderPicker()

    await choose(jpeg(1, 6 * 1024 * 1024))

    expect(await screen.findByText('照片不能超过 5 MB，请重新选择或拍摄')).toBeInTheDocument()
    expect(sent).toHaveLength(0)
    expect(picker.latest()).toEqual({ fileIds: [], uploading: false, failed: 1 })
  })

  it('removes a photo from the form', async () => {
    fakeUploads(uploaded)
    const picker = renderPicker()
    await choose(jpeg(1), jpeg(2))
    await waitFor(() => expect(picker.latest().fileIds).toEqual(['file_1', 'file_2']))

    fireEvent.click(screen.getByRole('button', { name: '删除第1张照片' }))

    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(picker.latest()).toEqual({ fileIds: ['file_2'], uploading: false, failed: 0 })
  })

  it('stops at the limit, says why instead of offering a dead button, and offers it again after a removal', async () => {
    fakeUploads(uploaded)
    renderPicker(2)

    // The browser's file dialog takes any number: only the first two are kept.
    await choose(jpeg(1), jpeg(2), jpeg(3))

    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('最多2张照片，已添加前2张')).toBeInTheDocument()
    expect(screen.getByText('已选满2张。如需换一张，请先删除一张。')).toBeInTheDocument()
    expect(addButton()).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '删除第2张照片' }))
    expect(addButton()).toBeInTheDocument()
    expect(screen.queryByText('已选满2张。如需换一张，请先删除一张。')).not.toBeInTheDocument()
  })

  it('asks only for the room that is left', async () => {
    fakeUploads(uploaded)
    renderPicker(3)
    await choose(jpeg(1))
    await choose(jpeg(2))
    expect(taroDouble.chooseImageCalls.map((c) => c.count)).toEqual([3, 2])
  })

  it('does nothing when the resident closes the picker, and explains when it cannot open', async () => {
    renderPicker()
    taroDouble.chosenImages = 'chooseImage:fail cancel'
    await act(async () => {
      fireEvent.click(addButton()!)
    })
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()

    taroDouble.chosenImages = 'chooseImage:fail auth deny'
    await act(async () => {
      fireEvent.click(addButton()!)
    })
    expect(screen.getByRole('status')).toHaveTextContent('无法打开相册或相机，请检查权限后重试')
  })

  it("on the mini-app, posts the photo's bytes with Taro.request", async () => {
    const previous = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer
      taroDouble.localFiles.set('wxfile://tmp/photo-1.jpg', bytes)
      setRequestHandler(() => ({ statusCode: 200, data: uploaded(7).body }))
      const picker = renderPicker()

      await choose({ path: 'wxfile://tmp/photo-1.jpg', size: 4 })

      await waitFor(() => expect(picker.latest().fileIds).toEqual(['file_7']))
      expect(taroDouble.requests).toHaveLength(1)
      expect(taroDouble.requests[0]).toMatchObject({ method: 'POST', header: { 'content-type': 'application/octet-stream', Authorization: 'Bearer token-1' }, binary: bytes })
      expect(taroDouble.requests[0].url).toMatch(/\/api\/files$/)
    } finally {
      process.env.TARO_ENV = previous
    }
  })
})
