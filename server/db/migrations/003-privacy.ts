import type { Kysely, Migration } from 'kysely';
import type { MigrationContext } from '../../core/service-module';

/**
 * ID and phone numbers leave plain text: each member gets `id_number_enc` / `phone_enc`
 * (AES-256-GCM) and `person_key` (HMAC of the ID number, what rules count). Existing rows
 * are encrypted here; a removed member keeps only the person key. The token secret leaves
 * the database (sessions signed with it end; people log in again).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen against the schema of their day */
export const privacyMigration = ({ vault }: MigrationContext): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('members')
      .addColumn('id_number_enc', 'text')
      .execute();
    await db.schema.alterTable('members').addColumn('phone_enc', 'text').execute();
    await db.schema.alterTable('members').addColumn('person_key', 'text').execute();
    const rows: Array<{ id: string; id_number: string; phone: string; removed_at: string | null }> = await db
      .selectFrom('members')
      .select(['id', 'id_number', 'phone', 'removed_at'])
      .execute();
    for (const row of rows) {
      const removed = row.removed_at !== null;
      await db
        .updateTable('members')
        .set({
          id_number_enc: removed ? null : vault.encrypt(row.id_number),
          phone_enc: removed ? null : vault.encrypt(row.phone),
          person_key: vault.personKey(row.id_number),
        })
        .where('id', '=', row.id)
        .execute();
    }
    await db.schema.alterTable('members').dropColumn('id_number').execute();
    await db.schema.alterTable('members').dropColumn('phone').execute();
    await db.schema.createIndex('members_person_idx').on('members').columns(['person_key']).execute();
    await db.deleteFrom('app_settings').where('key', '=', 'token_secret').execute();
  },
  async down() {
    throw new Error('003-privacy cannot be undone: plain ID numbers are not kept');
  },
});
