import { createApp, type App } from '../app';
import { loadConfig } from '../config';
import { dispatch } from '../core/dispatch';
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

/** A cloud instance keeps no disk between calls: it needs a real database unless told where to keep SQLite. */
async function defaultCloudApp(): Promise<App> {
  if (!process.env.DATABASE_URL && !process.env.DATA_DIR) {
    throw new Error('DATABASE_URL is not set for this cloud function (设置云函数环境变量 DATABASE_URL)');
  }
  return createApp(loadConfig());
}

/**
 * The WeChat cloud host: identity is WeChat's OPENID from the invocation context, never
 * from the payload. The app (database pool, migrations) is built once per warm instance.
 */
export function cloudMain(fn: string, options: { app?: () => Promise<App>; openid?: OpenidSource } = {}) {
  let appPromise: Promise<App> | null = null;
  const getApp = options.app ?? defaultCloudApp;
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
    const outcome = await dispatch(app, fn, call, { kind: 'wechat', openid: openidOf(event, context) });
    return outcome.envelope;
  };
}
