import type http from 'node:http';
import { createApp, type App, type AppOverrides } from '../../server/app';
import { loadConfig, type AppConfig } from '../../server/config';
import { manualClock } from '../../server/core/clock';
import type { CallLogLine, Logger } from '../../server/core/logger';
import { createHttpHost, listen } from '../../server/host/http-host';
import type { EngineName } from './engines';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface ApiResult<T = any> {
  status: number;
  body: { ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };
}

/** A real host on a real port over a fresh database, with a settable clock and captured logs. */
export interface ApiHost {
  app: App;
  baseUrl: string;
  clock: ReturnType<typeof manualClock>;
  logLines: string[];
  calls: CallLogLine[];
  call<T = any>(fn: string, action: string, data?: unknown, options?: { token?: string; requestId?: string }): Promise<ApiResult<T>>;
  raw(path: string, init?: RequestInit): Promise<Response>;
  login(persona: string): Promise<string>;
  loginFresh(openid: string): Promise<string>;
  close(): Promise<void>;
}

export async function startApiHost(
  engine: EngineName,
  options: { env?: Record<string, string>; config?: Partial<AppConfig>; overrides?: AppOverrides; now?: string } = {},
): Promise<ApiHost> {
  const database: TestDatabase = await createTestDatabase(engine);
  const clock = manualClock(options.now ?? '2026-11-29T02:00:00Z');
  const logLines: string[] = [];
  const calls: CallLogLine[] = [];
  const logger: Logger = {
    call: (line) => {
      calls.push(line);
      logLines.push(JSON.stringify(line));
    },
    info: (event, fields) => logLines.push(JSON.stringify({ event, ...fields })),
    error: (event, fields) => logLines.push(JSON.stringify({ event, ...fields })),
  };
  const config: AppConfig = {
    // Suites log in many personas from one address; the login limit has its own test.
    ...loadConfig({ HOST: '127.0.0.1', RATE_LIMIT_LOGINS: '0', DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}), ...options.env }),
    ...options.config,
  };
  let app: App;
  try {
    app = await createApp(config, { clock, logger, ...options.overrides });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const server: http.Server = createHttpHost(app);
  const address = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const call: ApiHost['call'] = async (fn, action, data, opts = {}) => {
    const response = await fetch(`${baseUrl}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
      body: JSON.stringify({ action, ...(data === undefined ? {} : { data }), ...(opts.requestId ? { requestId: opts.requestId } : {}) }),
    });
    return { status: response.status, body: (await response.json()) as ApiResult['body'] };
  };
  const tokenFrom = (result: ApiResult) => {
    if (!result.body.ok) throw new Error(`login failed: ${result.body.error.code}`);
    return result.body.data.token as string;
  };

  return {
    app,
    baseUrl,
    clock,
    logLines,
    calls,
    call,
    raw: (path, init) => fetch(`${baseUrl}${path}`, init),
    login: async (persona) => tokenFrom(await call('account', 'devLogin', { persona })),
    loginFresh: async (openid) => tokenFrom(await call('account', 'devLogin', { openid })),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await database.drop();
    },
  };
}

/** A valid GB 11643 number for a birth date, for tests that need many distinct members. */
export { checkDigitFor } from '../../src/domain/resident-id';
