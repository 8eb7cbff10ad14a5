import type { BrowserContext } from 'playwright-core';
import type { ApiHost } from '../../support/api-host';

/** Storage keys of the app's persisted stores (src/shared/session, src/features/senior-mode). */
const SESSION_KEY = 'nmx-session';
const SENIOR_MODE_KEY = 'nmx-senior-mode';

/** Taro's H5 storage wraps every value as {"data": …}; zustand's persist stores {"state", "version"}. */
const taroStored = (state: unknown) => JSON.stringify({ data: JSON.stringify({ state, version: 0 }) });

/**
 * Opens the app already signed in as a dev persona (or nobody) and in the chosen mode, as
 * a person who signed in yesterday would: the session and 长辈模式 are in storage before the
 * first script runs.
 */
export async function presetContext(context: BrowserContext, host: ApiHost, options: { persona: string | null; senior: boolean }): Promise<void> {
  let session: unknown = { token: null, expiresAt: null, user: null };
  if (options.persona) {
    const result = await host.call('account', 'devLogin', { persona: options.persona });
    if (!result.body.ok) throw new Error(`devLogin ${options.persona}: ${result.body.error.code}`);
    const { token, expiresAt, user } = result.body.data as { token: string; expiresAt: string; user: unknown };
    session = { token, expiresAt, user };
  }
  const entries: Array<[string, string]> = [
    [SESSION_KEY, taroStored(session)],
    [SENIOR_MODE_KEY, taroStored({ enabled: options.senior })],
  ];
  await context.addInitScript((pairs: Array<[string, string]>) => {
    for (const [key, value] of pairs) window.localStorage.setItem(key, value);
  }, entries);
}
