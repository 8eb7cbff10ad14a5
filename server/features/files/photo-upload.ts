import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Database } from '../../db/schema';
import { fileRepository } from './file-repository';
import type { FileStore } from './file-store';
import { EXTENSION_OF, sniffImage } from './image-type';
import { reencodeImage, UndecodableImage } from './reencode-image';

/** The largest photo a resident may upload, before re-encoding. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const UPLOAD_MESSAGES = {
  tooLarge: '照片不能超过 5 MB，请重新选择或拍摄',
  empty: '请选择要上传的照片',
  unsupported: '只能上传 JPEG、PNG 或 WebP 格式的照片',
  notImage: '上传的内容不是照片',
  undecodable: '照片已损坏或无法识别，请重新选择',
} as const;

export interface StoredPhoto {
  fileId: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Takes one uploaded photo: checks its type by its bytes, re-encodes it (upright, no
 * metadata, at most 2,048 px), stores the bytes and records the file as the uploader's,
 * not attached to anything yet. Refusals are AppErrors (413, 415, 400).
 */
export async function acceptPhoto(deps: { db: Kysely<Database>; store: FileStore; now: Date }, upload: { accountId: string; body: Buffer }): Promise<StoredPhoto> {
  const { body } = upload;
  if (body.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', UPLOAD_MESSAGES.tooLarge);
  if (body.length === 0) throw new AppError('VALIDATION_FAILED', UPLOAD_MESSAGES.empty, { photo: UPLOAD_MESSAGES.empty });
  const sniffed = sniffImage(body);
  if (sniffed.kind === 'other-image') throw new AppError('UNSUPPORTED_MEDIA_TYPE', UPLOAD_MESSAGES.unsupported);
  if (sniffed.kind === 'not-image') throw new AppError('VALIDATION_FAILED', UPLOAD_MESSAGES.notImage, { photo: UPLOAD_MESSAGES.notImage });

  let image;
  try {
    image = await reencodeImage(body, sniffed.mime);
  } catch (error) {
    if (error instanceof UndecodableImage) throw new AppError('VALIDATION_FAILED', UPLOAD_MESSAGES.undecodable, { photo: UPLOAD_MESSAGES.undecodable });
    throw error;
  }

  const fileId = newId('file');
  const key = await deps.store.put(`${fileId}.${EXTENSION_OF[image.mime]}`, image.data, image.mime);
  try {
    await fileRepository(deps.db).insert({
      id: fileId,
      account_id: upload.accountId,
      mime: image.mime,
      bytes: image.data.length,
      width: image.width,
      height: image.height,
      storage: deps.store.kind,
      storage_key: key,
      attached_type: null,
      attached_id: null,
      created_at: deps.now.toISOString(),
    });
  } catch (error) {
    // No row, no file: bytes nobody can reach are not kept.
    await deps.store.delete(key).catch(() => undefined);
    throw error;
  }
  return { fileId, mime: image.mime, width: image.width, height: image.height, bytes: image.data.length };
}
