import type { Kysely } from 'kysely';
import type { App } from '../app';
import { SERVICE_MODULES } from '../services';
import { inTransaction } from './transaction';

/**
 * Re-seals, in batches, every value sealed with an older data key (DATA_KEY_PREVIOUS) with
 * the current DATA_KEY, in every module's sealed columns; returns how many changed. A row
 * changed meanwhile keeps its newer value (the update is conditional on the old one).
 */
export async function rotateSealedValues(app: App): Promise<number> {
  const db = app.db as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tables and columns come from each module's declaration
  let changed = 0;
  for (const { table, column } of SERVICE_MODULES.flatMap((m) => m.sealedColumns ?? [])) {
    const rows: Array<{ id: string; value: string }> = await db.selectFrom(table).select(['id', `${column} as value`]).where(column, 'is not', null).execute();
    const due = rows.filter((row) => app.vault.needsRotation(row.value));
    for (let i = 0; i < due.length; i += 500) {
      await inTransaction(app.db, async (trx) => {
        for (const row of due.slice(i, i + 500)) {
          const r = await (trx as Kysely<any>) // eslint-disable-line @typescript-eslint/no-explicit-any
            .updateTable(table)
            .set({ [column]: app.vault.encrypt(app.vault.decrypt(row.value)) })
            .where('id', '=', row.id)
            .where(column, '=', row.value)
            .executeTakeFirst();
          changed += Number(r.numUpdatedRows);
        }
      });
    }
  }
  return changed;
}
