import { randomBytes } from 'node:crypto';
import type { App } from '../../app';
import type { AuthedContext } from '../../core/action';
import { AppError } from '../../core/errors';
import { acceptPhoto, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES, type StoredPhoto } from './photo-upload';

/**
 * On WeChat the mini-app uploads a photo into CloudBase storage itself
 * (`Taro.cloud.uploadFile`), then asks the `files` function to take it: the function reads
 * the upload, re-encodes it like `POST /api/files` does, stores the clean copy and deletes
 * the upload (which still has its location data).
 *
 * Uploads go to a folder named by a MAC of the account: an account can register only what
 * it uploaded itself, never another resident's upload whose file ID it learnt.
 */
export const UPLOAD_FOLDER = 'uploads';

const folderOf = (app: App, accountId: string) => `${UPLOAD_FOLDER}/${app.tokens.mac('upload-folder/v1', accountId).slice(0, 22)}`;

/** `cloud://<env>.<bucket>/<path>`: the path part of a CloudBase file ID. */
const cloudPathOf = (cloudFileId: string) => /^cloud:\/\/[^/]+\/(.+)$/.exec(cloudFileId)?.[1] ?? null;

function assertCloudStore(app: App) {
  if (app.files.kind !== 'cloud') throw new AppError('UNKNOWN_ACTION', '此操作仅在微信云开发中可用，请直接上传照片');
}

/** Where the caller's next upload goes (a fresh random name in the caller's own folder). */
export function uploadTarget(ctx: AuthedContext): { cloudPath: string } {
  assertCloudStore(ctx.app);
  return { cloudPath: `${folderOf(ctx.app, ctx.identity.accountId)}/${randomBytes(16).toString('base64url')}` };
}

export const NOT_OWN_UPLOAD = '只能登记自己刚上传的照片';

export async function registerCloudUpload(ctx: AuthedContext, cloudFileId: string): Promise<StoredPhoto> {
  const { app } = ctx;
  assertCloudStore(app);
  const cloudPath = cloudPathOf(cloudFileId);
  if (!cloudPath || !cloudPath.startsWith(`${folderOf(app, ctx.identity.accountId)}/`)) {
    throw new AppError('VALIDATION_FAILED', NOT_OWN_UPLOAD, { cloudFileId: NOT_OWN_UPLOAD });
  }
  const upload = await app.files.get(cloudFileId);
  if (!upload) throw new AppError('NOT_FOUND', '没有找到刚上传的照片，请重新上传');
  // The upload still carries the photo's location: it never outlives this call, taken or refused.
  const discardUpload = () => app.files.delete(cloudFileId).catch(() => app.logger.error('upload_not_deleted', { storage: 'cloud' }));
  try {
    if (upload.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', UPLOAD_MESSAGES.tooLarge);
    return await acceptPhoto({ db: ctx.db, store: app.files, now: ctx.now }, { accountId: ctx.identity.accountId, body: upload });
  } finally {
    await discardUpload();
  }
}
