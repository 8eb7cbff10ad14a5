import type { App } from '../../app';
import type { Identity } from '../../core/action';
import { accountRepository } from './account-repository';

export async function resolveToken(app: App, token: string, now: Date): Promise<Identity | null> {
  const claims = app.tokens.verify(token, now);
  if (!claims) return null;
  return (await accountRepository(app.db).identityOf(claims.sub)) ?? null;
}

/** On the cloud host WeChat vouches for the openid; the first call creates the resident's account. */
export async function resolveOpenid(app: App, openid: string, now: Date): Promise<Identity> {
  const accounts = accountRepository(app.db);
  const known = await accounts.identityOfOpenid(openid);
  if (known) return known;
  const account = await accounts.findOrCreate(openid, now);
  return { accountId: account.id, roles: await accounts.rolesOf(account.id) };
}
