import { createApp, type App } from '../app';
import type { ServiceModule } from '../core/service-module';
import { loadConfig } from '../config';
import { dispatch } from '../core/dispatch';
import { wxCloudFileStore } from '../features/files/cloud-file-store';
import type { Envelope } from '../core/envelope';

export interface CloudEvent {
  action?: unknown;
  data?: unknown;
  requestId?: unknown;
  [key: string]: unknown;
}

/** Reads the caller's OPENID; in WeChat's runtime that is wx-server-sdk's getWXContext. */
export type OpenidSource = (event: CloudEvent, context: unknown) => string | undefined;

const wxServerSdkOpenid: OpenidSource = () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as { init(o: object): void; getWXContext(): { OPENID?: string }; DYNAMIC_CURRENT_ENV: unknown };
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return cloud.getWXContext().OPENID;
};

/**
 * A cloud instance keeps no disk between calls: it needs a real database and its secrets
 * from the function's environment variables (no secrets file can be kept there).
 */
async function defaultCloudApp(module: ServiceModule): Promise<App> {
  const missing = ['DATABASE_URL', 'TOKEN_SECRET', 'DATA_KEY', 'PERSON_KEY'].filter((name) => !process.env[name]);
  if (missing.length && !process.env.DATA_DIR) {
    throw new Error(`cloud function ${module.name}: set ${missing.join(', ')} (云函数环境变量; see README)`);
  }
  return createApp(loadConfig(), { modules: [module], fileStore: wxCloudFileStore() });
}

/**
 * The WeChat cloud host: identity is WeChat's OPENID from the invocation context, never
 * from the payload. The app (database pool, migrations) is built once per warm instance.
 */
export function cloudMain(module: ServiceModule, options: { app?: () => Promise<App>; openid?: OpenidSource } = {}) {
  let appPromise: Promise<App> | null = null;
  const getApp = options.app ?? (() => defaultCloudApp(module));
  const openidOf = options.openid ?? wxServerSdkOpenid;
  return async (event: CloudEvent, context: unknown): Promise<Envelope> => {
    appPromise ??= getApp().catch((error) => {
      appPromise = null;
      throw error;
    });
    const app = await appPromise;
    // WeChat adds userInfo to every event and the client may add its own token: only these three count.
    const body = { action: event?.action, data: event?.data, requestId: event?.requestId };
    const call = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const outcome = await dispatch(app, module.name, call, { kind: 'wechat', openid: openidOf(event, context) });
    return outcome.envelope;
  };
}
