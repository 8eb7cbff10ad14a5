import type { Kysely } from 'kysely';
import type { FunctionActions } from './core/action';
import { systemClock, type Clock } from './core/clock';
import { jsonLogger, silentLogger, type Logger } from './core/logger';
import { slidingWindowLimiter, type RateLimiter } from './core/rate-limiter';
import { generateSecret, tokenSigner, type TokenSigner } from './core/tokens';
import type { AppConfig } from './config';
import { openDatabase, type Engine } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { Database } from './db/schema';
import { seedDatabase } from './db/seed/seed';
import { wechatApi, type WechatApi } from './features/wechat/wechat-api';
import { FUNCTIONS } from './functions';

/** Everything a call needs, built once per process (HTTP host) or per warm instance (cloud). */
export interface App {
  config: AppConfig;
  clock: Clock;
  db: Kysely<Database>;
  engine: Engine;
  logger: Logger;
  rateLimiter: RateLimiter;
  tokens: TokenSigner;
  wechat: WechatApi;
  functions: Record<string, FunctionActions>;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  /** SQLite file name (tests give each suite its own). */
  sqliteFile?: string;
  fetch?: typeof fetch;
}

async function readOrCreateSetting(db: Kysely<Database>, key: string, create: () => string): Promise<string> {
  await db.insertInto('app_settings').values({ key, value: create() }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? (config.log ? jsonLogger() : silentLogger);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, fileName: overrides.sqliteFile });
  try {
    await migrateToLatest(handle.db);
    // Seed on first start only: later starts find the marker and skip the work.
    const seeded = await handle.db.selectFrom('app_settings').select('value').where('key', '=', 'seeded_at').executeTakeFirst();
    if (!seeded) {
      await seedDatabase(handle.db, clock);
      await readOrCreateSetting(handle.db, 'seeded_at', () => clock.now().toISOString());
    }
    if (!config.tokenSecret && config.nodeEnv === 'production') {
      throw new Error('TOKEN_SECRET must be set in production');
    }
    const secret = config.tokenSecret ?? (await readOrCreateSetting(handle.db, 'token_secret', generateSecret));
    return {
      config,
      clock,
      db: handle.db,
      engine: handle.engine,
      logger,
      rateLimiter: slidingWindowLimiter(config.mutationRateLimit, config.rateWindowSeconds),
      tokens: tokenSigner(secret, config.tokenTtlSeconds),
      wechat: wechatApi(config.wechat, overrides.fetch ?? fetch),
      functions: FUNCTIONS,
      close: handle.close,
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
