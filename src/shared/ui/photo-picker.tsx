import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { uploadImage, type PhotoSource, type UploadedPhoto } from '@/shared/api/upload-image'
import './photo-picker.scss'

type PhotoStatus = 'uploading' | 'uploaded' | 'failed'

interface PickedPhoto {
  key: number
  source: PhotoSource
  status: PhotoStatus
  fileId?: string
  error?: string
}

/** What a form needs from the picker: the ids to send, and whether it may send yet. */
export interface PhotoPickerState {
  fileIds: string[]
  uploading: boolean
  failed: number
}

export interface PhotoPickerProps {
  /** The field's name on the form, e.g. "现场照片". */
  label?: string
  /** How many photos the record takes. */
  max?: number
  onChange: (state: PhotoPickerState) => void
  /** Where photos go; tests and stories may pass their own. */
  upload?: (photo: PhotoSource) => Promise<UploadedPhoto>
}

const DEFAULTS = { label: '照片', max: 3 }

const STATUS_TEXT: Record<PhotoStatus, string> = { uploading: '上传中…', uploaded: '已上传', failed: '上传失败' }

/**
 * Taro types `role` on View only, but H5 passes it on to any component: with it a screen
 * reader (and a test) knows these are buttons. WeChat ignores it.
 */
const asButton: { role: string } = { role: 'button' }

const cancelled = (error: unknown) => /cancel/i.test((error as { errMsg?: string })?.errMsg ?? String(error))

/**
 * Up to `max` photos for a form: taken or picked with `Taro.chooseImage`, uploaded at once
 * (the server strips their location), shown as thumbnails that can be removed. Targets grow
 * in 长辈模式 (the page's `.senior` class); when the limit is reached the picker says so
 * instead of offering a button that does nothing.
 */
export function PhotoPicker({ label = DEFAULTS.label, max = DEFAULTS.max, onChange, upload = uploadImage }: PhotoPickerProps) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const [notice, setNotice] = useState('')
  const nextKey = useRef(1)
  const latestOnChange = useRef(onChange)
  latestOnChange.current = onChange

  useEffect(() => {
    latestOnChange.current({
      fileIds: photos.flatMap((p) => (p.status === 'uploaded' && p.fileId ? [p.fileId] : [])),
      uploading: photos.some((p) => p.status === 'uploading'),
      failed: photos.filter((p) => p.status === 'failed').length,
    })
  }, [photos])

  const update = (key: number, change: Partial<PickedPhoto>) => setPhotos((current) => current.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const send = (key: number, source: PhotoSource) => {
    update(key, { status: 'uploading', error: undefined })
    upload(source).then(
      (uploaded) => update(key, { status: 'uploaded', fileId: uploaded.fileId }),
      (error: unknown) => update(key, { status: 'failed', error: errorMessage(error) }),
    )
  }

  const room = max - photos.length

  const pick = async () => {
    setNotice('')
    let chosen: Taro.chooseImage.ImageFile[]
    try {
      const result = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      chosen = result.tempFiles
    } catch (error) {
      if (!cancelled(error)) setNotice('无法打开相册或相机，请检查权限后重试')
      return
    }
    // The browser's file dialog cannot be told how many to allow: keep the first that fit.
    if (chosen.length > room) setNotice(`最多${max}张照片，已添加前${room}张`)
    const added = chosen.slice(0, room).map((file) => ({
      key: nextKey.current++,
      source: { path: file.path, size: file.size, type: file.type, file: file.originalFileObj },
      status: 'uploading' as const,
    }))
    setPhotos((current) => [...current, ...added])
    added.forEach((photo) => send(photo.key, photo.source))
  }

  const remove = (key: number) => {
    setNotice('')
    // An upload still under way finishes unseen; the server deletes photos never attached.
    setPhotos((current) => current.filter((p) => p.key !== key))
  }

  return (
    <View className='photo-picker'>
      <Text className='body-text field-label photo-picker__label'>
        {label}（最多{max}张）
      </Text>
      {/* The photos are a list; the add button sits beside them, outside it (a list holds list items only). */}
      <View className='photo-picker__grid'>
        {photos.length > 0 && (
          <View className='photo-picker__list' role='list'>
            {photos.map((photo, index) => {
              const ordinal = `第${index + 1}张照片`
              return (
                <View key={photo.key} className={`photo-picker__item photo-picker__item--${photo.status}`} role='listitem' ariaLabel={`${ordinal}，${STATUS_TEXT[photo.status]}`}>
                  <Image className='photo-picker__thumb' src={photo.source.path} mode='aspectFill' ariaLabel={ordinal} />
                  {photo.status !== 'uploaded' && <Text className='photo-picker__status body-text'>{STATUS_TEXT[photo.status]}</Text>}
                  {photo.status === 'failed' && (
                    <>
                      <Text className='field-error'>{photo.error}</Text>
                      <Button className='btn tappable photo-picker__retry' {...asButton} ariaLabel={`重新上传${ordinal}`} onClick={() => send(photo.key, photo.source)}>
                        重新上传
                      </Button>
                    </>
                  )}
                  <Button className='btn btn-danger tappable photo-picker__remove' {...asButton} ariaLabel={`删除${ordinal}`} onClick={() => remove(photo.key)}>
                    删除
                  </Button>
                </View>
              )
            })}
          </View>
        )}
        {room > 0 && (
          <Button className='btn tappable photo-picker__add' {...asButton} onClick={pick}>
            添加照片
          </Button>
        )}
      </View>
      {room <= 0 && (
        <View className='photo-picker__limit' role='status'>
          <Text className='body-text'>已选满{max}张。如需换一张，请先删除一张。</Text>
        </View>
      )}
      {notice !== '' && (
        <View className='photo-picker__notice' role='status'>
          <Text className='body-text'>{notice}</Text>
        </View>
      )}
    </View>
  )
}
