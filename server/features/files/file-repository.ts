import type { Kysely } from 'kysely';
import type { Database, FileTable } from '../../db/schema';

/** The `files` table: who uploaded each photo, where its bytes are, and what it is attached to. */
export function fileRepository(db: Kysely<Database>) {
  return {
    insert: (row: FileTable) => db.insertInto('files').values(row).execute(),

    byId: (id: string) => db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst(),

    byIds: (ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([]) : db.selectFrom('files').selectAll().where('id', 'in', [...ids]).execute()),

    attachedTo: (type: string, recordId: string) =>
      db.selectFrom('files').selectAll().where('attached_type', '=', type).where('attached_id', '=', recordId).orderBy('created_at').orderBy('id').execute(),

    /**
     * One conditional statement: only the account's own files that are not attached yet
     * change. Answers how many did, so the caller can refuse unless all of them did.
     */
    async attachOwn(accountId: string, ids: readonly string[], type: string, recordId: string): Promise<number> {
      const r = await db
        .updateTable('files')
        .set({ attached_type: type, attached_id: recordId })
        .where('id', 'in', [...ids])
        .where('account_id', '=', accountId)
        .where('attached_type', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    /** Uploads never attached to a record, older than `before` (abandoned forms). */
    unattachedBefore: (before: string, limit: number) =>
      db.selectFrom('files').select(['id', 'storage', 'storage_key']).where('attached_type', 'is', null).where('created_at', '<', before).orderBy('created_at').limit(limit).execute(),

    /** Deletes a row only while it is still unattached (an attach may have won the race). */
    async deleteUnattached(id: string): Promise<boolean> {
      const r = await db.deleteFrom('files').where('id', '=', id).where('attached_type', 'is', null).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
  };
}

export type FileRepository = ReturnType<typeof fileRepository>;
