import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import type { Database } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir. */
  fileName?: string;
  poolSize?: number;
}

/** PostgreSQL when a URL is given, otherwise embedded SQLite under dataDir (WAL). */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openSqlite(path.join(options.dataDir, options.fileName ?? 'nuanminxin.sqlite'));
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  // Required lazily so the SQLite-only paths never load pg, and vice versa.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool } = require('pg') as typeof import('pg');
  const pool = new Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not take the process down.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

function openSqlite(file: string): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const BetterSqlite = require('better-sqlite3') as typeof import('better-sqlite3');
  const sqlite = new BetterSqlite(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with synchronous NORMAL: a committed transaction survives the process being killed
  // (kill -9 mid-burst loses nothing); only a power cut may lose the last few, never corrupt.
  // FULL would fsync on every commit, which is most of a booking's time on this machine.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Freed pages are zeroed: a dropped plain-text column or an erased ID number leaves no trace in the file.
  sqlite.pragma('secure_delete = ON');
  const checkpointer = startCheckpointer(sqlite, file);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    close: async () => {
      await checkpointer.stop();
      await db.destroy();
    },
  };
}

/** The checkpointer's loop, run in a worker thread with its own connection to the file. */
const CHECKPOINT_LOOP = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => { checkpoint(); db.close(); process.exit(0); });
parentPort.postMessage('ready');
`;

/**
 * Copies committed pages from the WAL into the database file on the other core. SQLite
 * otherwise does it inside whichever commit crosses 1,000 pages (with an fsync of the
 * file), which was half of a booking's commit on this thread. PASSIVE never waits for or
 * blocks a writer. If the worker cannot start, SQLite's own checkpointing stays on.
 */
function startCheckpointer(sqlite: import('better-sqlite3').Database, file: string, everyMs = 250): { stop(): Promise<void> } {
  let worker: Worker;
  try {
    worker = new Worker(CHECKPOINT_LOOP, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file, everyMs } });
  } catch {
    return { stop: async () => undefined };
  }
  worker.unref();
  worker.once('message', () => sqlite.pragma('wal_autocheckpoint = 0'));
  worker.once('error', () => sqlite.open && sqlite.pragma('wal_autocheckpoint = 1000'));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    // The worker checkpoints once more, closes its connection and exits; a stuck one is ended.
    async stop() {
      worker.postMessage('stop');
      const stuck = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(stuck);
    },
  };
}

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small indexed
 * statement. The same SQL text (parameters apart) reuses its prepared statement: the
 * query builder produces a few hundred distinct texts in all.
 */
function withStatementCache(sqlite: import('better-sqlite3').Database, limit = 1000): SqliteDatabase {
  const cache = new Map<string, import('better-sqlite3').Statement>();
  return {
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/**
 * Transactions begin IMMEDIATE: a second process on the same file (another host, `npm run
 * jobs`, `npm run admin`) then waits up to busy_timeout for the write lock instead of
 * failing with SQLITE_BUSY halfway through, as a deferred transaction does when it
 * upgrades from reading to writing.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}
