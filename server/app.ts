import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { FunctionActions } from './core/action';
import { systemClock, type Clock } from './core/clock';
import { jsonLogger, silentLogger, type Logger } from './core/logger';
import type { Vault } from './core/personal-data';
import { referenceCache, type ReferenceCache } from './core/reference-cache';
import { slidingWindowLimiter, type RateLimiter } from './core/rate-limiter';
import { loadSecrets } from './core/secrets';
import type { JobDefinition, MemberHistorySource, ServiceModule } from './core/service-module';
import { CORE_JOBS } from './jobs/core-jobs';
import { tokenSigner, type TokenSigner } from './core/tokens';
import type { AppConfig } from './config';
import { openDatabase, type Engine } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { Database } from './db/schema';
import { seedModules } from './db/seed/seed';
import { localFileStore, type FileStore } from './features/files/file-store';
import { wechatApi, type WechatApi } from './features/wechat/wechat-api';
import { SERVICE_MODULES } from './services';

/** Everything a call needs, built once per process (HTTP host) or per warm instance (cloud). */
export interface App {
  config: AppConfig;
  clock: Clock;
  db: Kysely<Database>;
  engine: Engine;
  logger: Logger;
  limits: { mutations: RateLimiter; reads: RateLimiter; logins: RateLimiter };
  tokens: TokenSigner;
  /** Reference data read recently (places), kept for a minute. */
  reference: ReferenceCache;
  /** Encrypts ID and phone numbers at rest and keys the person behind an ID number. */
  vault: Vault;
  wechat: WechatApi;
  /** Where uploaded photos' bytes live: DATA_DIR/files locally, CloudBase storage on WeChat. */
  files: FileStore;
  modules: ServiceModule[];
  /** Every module's scheduled jobs and the kit's own (the scheduler runs all of them). */
  jobs: JobDefinition[];
  /** Tables of every service whose rows fix a member's ID number (from all modules, served or not). */
  memberHistory: MemberHistorySource[];
  /** The cloud functions this host serves, by name. */
  functions: Record<string, FunctionActions>;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  /** SQLite file name (tests give each suite its own). */
  sqliteFile?: string;
  fetch?: typeof fetch;
  /** The services to serve (a cloud function serves its own; the local host all). */
  modules?: ServiceModule[];
  /** The photo store (cloud hosts pass CloudBase storage; tests a fake). */
  fileStore?: FileStore;
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? (config.log ? jsonLogger() : silentLogger);
  const modules = overrides.modules ?? SERVICE_MODULES;
  const { tokenSecret, vault } = loadSecrets(config);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, fileName: overrides.sqliteFile });
  try {
    // The schema is shared: every host migrates all of it, whichever functions it serves.
    await migrateToLatest(handle.db, SERVICE_MODULES, { vault });
    // Old page images (e.g. of a column a migration dropped) leave the write-ahead log too.
    if (handle.engine === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(handle.db);
    await seedModules({ db: handle.db, clock, vault }, SERVICE_MODULES, { demo: config.demoData });
    const window = config.rateWindowSeconds;
    return {
      config,
      clock,
      db: handle.db,
      engine: handle.engine,
      logger,
      limits: {
        mutations: slidingWindowLimiter(config.mutationRateLimit, window),
        reads: slidingWindowLimiter(config.readRateLimit, window),
        logins: slidingWindowLimiter(config.loginRateLimit, window),
      },
      tokens: tokenSigner(tokenSecret, config.tokenTtlSeconds),
      reference: referenceCache(),
      vault,
      wechat: wechatApi(config.wechat, overrides.fetch ?? fetch),
      files: overrides.fileStore ?? localFileStore(path.join(config.dataDir, 'files')),
      modules,
      jobs: [...CORE_JOBS, ...SERVICE_MODULES.flatMap((m) => m.jobs ?? [])],
      memberHistory: SERVICE_MODULES.flatMap((m) => m.memberHistory ?? []),
      functions: Object.fromEntries(modules.filter((m) => Object.keys(m.actions).length > 0).map((m) => [m.name, m.actions])),
      close: handle.close,
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
