import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './database';

/** Polls `check` until it holds (a timer in another thread does the work), for at most 10 s. */
async function eventually(check: () => boolean | Promise<boolean>) {
  for (let waited = 0; waited < 10_000 && !(await check()); waited += 50) await new Promise((r) => setTimeout(r, 50));
  return check();
}

describe('the SQLite file', () => {
  it('is checkpointed by the worker thread, not inside a request’s commit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmx-ckpt-'));
    const file = path.join(dir, 'nuanminxin.sqlite');
    const handle = openDatabase({ dataDir: dir });
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
      const sizeBefore = fs.statSync(file).size;
      // Once the worker is up, commits no longer checkpoint: only the worker writes the main file.
      const autocheckpoint = async () => Number((await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db)).rows[0].wal_autocheckpoint);
      expect(await eventually(async () => (await autocheckpoint()) === 0)).toBe(true);
      for (let i = 0; i < 200; i += 1) await sql`insert into notes (body) values (${'x'.repeat(4000)})`.execute(handle.db);
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(200 * 4000);
      expect(await eventually(() => fs.statSync(file).size > sizeBefore + 200 * 4000)).toBe(true);
    } finally {
      await handle.close();
    }
    // The last connection to close folds the WAL in and removes it.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
