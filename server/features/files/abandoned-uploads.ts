import type { App } from '../../app';
import { fileRepository } from './file-repository';

/** A form is filled in within a day; a photo still unattached after that was left behind. */
export const ABANDONED_AFTER_HOURS = 24;

/** Deletes up to 200 abandoned photos per run (row first, so an attach racing it wins or loses whole). */
export async function deleteAbandonedUploads(app: App, at: Date): Promise<number> {
  const files = fileRepository(app.db);
  const before = new Date(at.getTime() - ABANDONED_AFTER_HOURS * 3600_000).toISOString();
  let deleted = 0;
  for (const file of await files.unattachedBefore(before, 200)) {
    if (file.storage !== app.files.kind) continue;
    if (!(await files.deleteUnattached(file.id))) continue;
    await app.files.delete(file.storage_key).catch(() => app.logger.error('file_delete_failed', { storage: file.storage }));
    deleted += 1;
  }
  return deleted;
}
