import fs from 'node:fs';
import path from 'node:path';
import { Migrator, type Migration } from 'kysely';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { manualClock } from '../../server/core/clock';
import { silentLogger } from '../../server/core/logger';
import { openDatabase } from '../../server/db/database';
import * as foundation from '../../server/db/migrations/001-foundation';
import * as clinic from '../../server/db/migrations/002-clinic';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { createTestDatabase } from '../support/test-database';
import { freshIdNumber, ok } from '../support/fixtures';

jest.setTimeout(120_000);

/** Everything the database holds, as text: the SQLite file and its WAL, or every row of every table on PostgreSQL. */
async function rawDatabaseText(host: ApiHost, engine: string): Promise<string> {
  if (engine === 'sqlite') {
    const dir = host.app.config.dataDir;
    return fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('nuanminxin.sqlite'))
      .map((f) => fs.readFileSync(path.join(dir, f)).toString('latin1'))
      .join('\n');
  }
  const tables = await host.app.db.introspection.getTables();
  const dumps = await Promise.all(tables.map((t) => host.app.db.selectFrom(t.name as 'members').selectAll().execute()));
  return JSON.stringify(dumps);
}

describe.each(availableEngines())('personal data at rest, on %s', (engine) => {
  let host: ApiHost;
  beforeAll(async () => {
    host = await startApiHost(engine);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('keeps no ID or phone number in clear anywhere in the database', async () => {
    const idNumber = freshIdNumber(1957);
    const phone = '13647351234';
    const token = await host.loginFresh(`privacy-${engine}`);
    ok(await host.call('account', 'addMember', { name: '隐私测试', idNumber, phone, relation: 'self', consent: true }, { token }));
    const raw = await rawDatabaseText(host, engine);
    expect(raw).not.toContain(idNumber);
    expect(raw).not.toContain(idNumber.slice(0, 14)); // not even the region and birth date run
    expect(raw).not.toContain(phone);
    // The personas' seeded numbers are sealed too.
    expect(raw).not.toContain('13904345678');
  });

  it('erases the ID and phone numbers of a removed member and keeps only the person key', async () => {
    const token = await host.loginFresh(`privacy-remove-${engine}`);
    const member = ok(await host.call('account', 'addMember', { name: '将删除', idNumber: freshIdNumber(1966), phone: '13700007777', relation: 'self', consent: true }, { token }));
    ok(await host.call('account', 'removeMember', { memberId: member.id }, { token }));
    const row = await host.app.db.selectFrom('members').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id_number_enc: null, phone_enc: null });
    expect(row.person_key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the token secret out of the database, in an owner-only secrets file', async () => {
    const settings = await host.app.db.selectFrom('app_settings').select('key').execute();
    expect(settings.map((s) => s.key)).not.toContain('token_secret');
    const file = path.join(host.app.config.dataDir, 'secrets.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe.each(availableEngines())('an existing database with plain ID numbers, on %s', (engine) => {
  it('is encrypted by the upgrade: plain columns gone, every member readable and keyed', async () => {
    const database = await createTestDatabase(engine);
    const handle = openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    const idNumber = freshIdNumber(1944);
    try {
      // The schema as it was before 003-privacy, with a member and a token secret in clear.
      const old: Record<string, Migration> = { '001-foundation': foundation, '002-clinic': clinic };
      const migrated = await new Migrator({ db: handle.db, provider: { getMigrations: async () => old } }).migrateToLatest();
      expect(migrated.error).toBeUndefined();
      const at = '2026-11-01T00:00:00.000Z';
      const legacy = handle.db as unknown as import('kysely').Kysely<any>;
      await legacy.insertInto('accounts').values({ id: 'acc_legacy', openid: 'legacy-openid', display_name: '老用户', persona: null, consent_at: at, created_at: at }).execute();
      await legacy.insertInto('members').values([
        { id: 'mem_kept', account_id: 'acc_legacy', name: '老成员', relation: 'self', id_number: idNumber, phone: '13512345678', birth_date: '1944-01-01', sex: 'M', created_at: at, updated_at: at, removed_at: null },
        { id: 'mem_gone', account_id: 'acc_legacy', name: '已删除', relation: 'spouse', id_number: freshIdNumber(1945), phone: '13587654321', birth_date: '1945-01-01', sex: 'F', created_at: at, updated_at: at, removed_at: at },
      ]).execute();
      await legacy.insertInto('app_settings').values({ key: 'token_secret', value: 'legacy-secret' }).execute();
    } finally {
      await handle.close();
    }

    const config = loadConfig({ HOST: '127.0.0.1', DEV_LOGIN: '0', DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) });
    const app = await createApp(config, { clock: manualClock('2026-11-29T02:00:00Z'), logger: silentLogger });
    try {
      const kept = await app.db.selectFrom('members').selectAll().where('id', '=', 'mem_kept').executeTakeFirstOrThrow();
      expect(kept).not.toHaveProperty('id_number');
      expect(kept).not.toHaveProperty('phone');
      expect(app.vault.decrypt(kept.id_number_enc!)).toBe(idNumber);
      expect(app.vault.decrypt(kept.phone_enc!)).toBe('13512345678');
      expect(kept.person_key).toBe(app.vault.personKey(idNumber));
      const gone = await app.db.selectFrom('members').selectAll().where('id', '=', 'mem_gone').executeTakeFirstOrThrow();
      expect(gone).toMatchObject({ id_number_enc: null, phone_enc: null });
      expect(await app.db.selectFrom('app_settings').select('key').where('key', '=', 'token_secret').executeTakeFirst()).toBeUndefined();
      if (engine === 'sqlite') {
        const files = fs.readdirSync(database.dataDir).filter((f) => f.startsWith('nuanminxin.sqlite'));
        const raw = files.map((f) => fs.readFileSync(path.join(database.dataDir, f)).toString('latin1')).join('\n');
        expect(raw).not.toContain(idNumber);
        expect(raw).not.toContain('13512345678');
      }
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe.each(availableEngines())('rotating the data key, on %s', (engine) => {
  it('re-encrypts every sealed value with the new key, after which the old key is not needed', async () => {
    const { generateKey } = await import('../../server/core/personal-data');
    const { rotateSealedValues } = await import('../../server/db/rotate-keys');
    const oldKey = generateKey();
    const newKey = generateKey();
    const personKey = generateKey();
    const database = await createTestDatabase(engine);
    const env = { HOST: '127.0.0.1', DATA_DIR: database.dataDir, TOKEN_SECRET: 'x'.repeat(32), PERSON_KEY: personKey, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
    const options = { clock: manualClock('2026-11-29T02:00:00Z'), logger: silentLogger };
    try {
      const before = await createApp(loadConfig({ ...env, DATA_KEY: oldKey }), options);
      await before.close();
      const during = await createApp(loadConfig({ ...env, DATA_KEY: newKey, DATA_KEY_PREVIOUS: oldKey }), options);
      // Every sealed column every module declares: members' ID and phone, complaint and posting phones…
      const { SERVICE_MODULES } = await import('../../server/services');
      let sealed = 0;
      for (const { table, column } of SERVICE_MODULES.flatMap((m) => m.sealedColumns ?? [])) {
        const row = await (during.db as any).selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).where(column, 'is not', null).executeTakeFirstOrThrow();
        sealed += Number(row.n);
      }
      expect(sealed).toBeGreaterThan(6);
      expect(await rotateSealedValues(during)).toBe(sealed);
      expect(await rotateSealedValues(during)).toBe(0);
      await during.close();
      const after = await createApp(loadConfig({ ...env, DATA_KEY: newKey }), options);
      try {
        const row = await after.db.selectFrom('members').selectAll().where('name', '=', '代玉贤').executeTakeFirstOrThrow();
        expect(after.vault.decrypt(row.phone_enc!)).toBe('13904345678');
        const complaint = await after.db.selectFrom('heating_complaints').select('phone_enc').executeTakeFirstOrThrow();
        expect(after.vault.decrypt(complaint.phone_enc)).toMatch(/^1[3-9]\d{9}$/);
        const posting = await after.db.selectFrom('job_postings').select('contact_phone_enc').executeTakeFirstOrThrow();
        expect(after.vault.decrypt(posting.contact_phone_enc)).toMatch(/^\d/);
      } finally {
        await after.close();
      }
    } finally {
      await database.drop();
    }
  });
});
