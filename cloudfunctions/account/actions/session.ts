import type { Kysely } from 'kysely';
import type { App } from '../../../server/app';
import { accountRepository } from '../../../server/features/account/account-repository';
import type { Database } from '../../../server/db/schema';

export interface UserView {
  id: string;
  displayName: string;
  roles: Array<{ role: string; scope: string }>;
}

export async function userView(db: Kysely<Database>, accountId: string): Promise<UserView> {
  const accounts = accountRepository(db);
  const account = await accounts.findById(accountId);
  if (!account) throw new Error('account vanished');
  return { id: account.id, displayName: account.display_name, roles: await accounts.rolesOf(account.id) };
}

/** The answer of every login: a signed, expiring token and who it is for. */
export async function sessionFor(app: App, db: Kysely<Database>, accountId: string, now: Date) {
  const { token, expiresAt } = app.tokens.sign(accountId, now);
  return { token, expiresAt, user: await userView(db, accountId) };
}
