import Taro from '@tarojs/taro'
import { useSessionStore } from '@/shared/session/session-store'
import { apiBase, isWeapp, usesCloud } from '@/shared/platform/build-env'
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error'
import { callFunction } from './call-function'
import { createRequestId } from './request-id'

/** A photo as `Taro.chooseImage` gives it: a temporary path, and on H5 the browser's File. */
export interface PhotoSource {
  path: string
  size?: number
  type?: string
  /** H5 only: the picked File (otherwise the blob: URL in `path` is read). */
  file?: Blob
}

/** What the server kept: a re-encoded copy without location data, at most 2,048 px. */
export interface UploadedPhoto {
  fileId: string
  width: number
  height: number
  bytes: number
}

/** The server's limit, checked here first so a resident is told before waiting on 4G. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const PHOTO_TOO_LARGE = '照片不能超过 5 MB，请重新选择或拍摄'

type Answer = { ok: true; data: UploadedPhoto } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

function photoFrom(answer: unknown): UploadedPhoto {
  const envelope = answer as Answer | null
  if (!envelope || typeof envelope !== 'object' || typeof envelope.ok !== 'boolean') throw new ApiError('INTERNAL', '服务暂时不可用，请稍后重试')
  if (envelope.ok) return envelope.data
  if (envelope.error.code === 'UNAUTHENTICATED') useSessionStore.getState().clear()
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fields ?? {})
}

/** The server decides the type by the bytes; the header only keeps the body from being read as JSON. */
const contentTypeOf = (photo: PhotoSource) => (photo.type && /^image\//.test(photo.type) ? photo.type : 'application/octet-stream')

function authorization(): Record<string, string> {
  const token = useSessionStore.getState().token
  return token ? { Authorization: `Bearer ${token}` } : {}
}

async function viaFetch(photo: PhotoSource): Promise<unknown> {
  const body = photo.file ?? (await (await fetch(photo.path)).blob())
  const response = await fetch(`${apiBase}/api/files`, { method: 'POST', headers: { 'content-type': photo.file?.type || contentTypeOf(photo), ...authorization() }, body })
  return response.json()
}

function readLocalFile(filePath: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      success: (res) => resolve(res.data as ArrayBuffer),
      fail: reject,
    })
  })
}

async function viaRequest(photo: PhotoSource): Promise<unknown> {
  const data = await readLocalFile(photo.path)
  const res = await Taro.request({ url: `${apiBase}/api/files`, method: 'POST', header: { 'content-type': contentTypeOf(photo), ...authorization() }, data, dataType: 'json' })
  return res.data
}

/**
 * On WeChat with a cloud environment: upload into the caller's CloudBase folder, then let
 * the `files` function take it (it re-encodes the photo and deletes the upload).
 */
async function viaCloud(photo: PhotoSource): Promise<UploadedPhoto> {
  const { cloudPath } = await callFunction<{ cloudPath: string }>('files', 'uploadTarget')
  const extension = /\.(jpe?g|png|webp)$/i.exec(photo.path)?.[0].toLowerCase() ?? ''
  let fileID: string
  try {
    fileID = (await Taro.cloud.uploadFile({ cloudPath: `${cloudPath}${extension}`, filePath: photo.path })).fileID
  } catch {
    throw new ApiError('NETWORK', NETWORK_ERROR_MESSAGE)
  }
  return callFunction<UploadedPhoto>('files', 'register', { cloudFileId: fileID }, { requestId: createRequestId() })
}

/**
 * Uploads one picked photo and answers the server's `fileId`, which a form then sends with
 * its record (e.g. a complaint's `photos`). H5 posts the raw File; the mini-app posts the
 * file's bytes, or goes through CloudBase storage when a cloud environment is configured.
 */
export async function uploadImage(photo: PhotoSource): Promise<UploadedPhoto> {
  const size = photo.size ?? photo.file?.size
  if (size !== undefined && size > MAX_PHOTO_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', PHOTO_TOO_LARGE)
  if (usesCloud()) return viaCloud(photo)
  let answer: unknown
  try {
    answer = await (isWeapp() ? viaRequest(photo) : viaFetch(photo))
  } catch {
    throw new ApiError('NETWORK', NETWORK_ERROR_MESSAGE)
  }
  return photoFrom(answer)
}

/**
 * A photo link from a view (`photoUrls`) as an `<Image src>`: the local host answers paths
 * (`/files/…`), which the mini-app must ask of the API origin; CloudBase links are whole.
 */
export const photoSrc = (url: string): string => (url.startsWith('/') ? `${apiBase}${url}` : url)
