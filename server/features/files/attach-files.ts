import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import type { Database } from '../../db/schema';
import { fileRepository } from './file-repository';

export interface AttachFilesInput {
  /** The caller: only files this account uploaded can be attached. */
  accountId: string;
  fileIds: readonly string[];
  /** The record type a service module declares in `attachments` (e.g. `complaint`). */
  type: string;
  recordId: string;
}

export const NOT_OWN_PHOTOS = '只能附上自己上传的照片';

/**
 * Attaches the caller's freshly uploaded photos to a record, in the service's transaction.
 * Every id must change: another account's file, one already attached elsewhere, or one
 * that does not exist refuses the whole call (and the transaction rolls back).
 */
export async function attachFiles(db: Kysely<Database>, { accountId, fileIds, type, recordId }: AttachFilesInput): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return;
  const changed = await fileRepository(db).attachOwn(accountId, ids, type, recordId);
  if (changed !== ids.length) throw new AppError('VALIDATION_FAILED', NOT_OWN_PHOTOS, { photos: NOT_OWN_PHOTOS });
}
