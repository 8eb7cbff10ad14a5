import type { Kysely } from 'kysely';
import type { RoleGrant } from '../../core/action';
import { newId } from '../../core/ids';
import type { AccountTable, Database } from '../../db/schema';

export function accountRepository(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),

    findByOpenid: (openid: string) => db.selectFrom('accounts').selectAll().where('openid', '=', openid).executeTakeFirst(),

    /** The account and its grants in one round trip; undefined when the account is gone. */
    async identityOf(accountId: string): Promise<{ accountId: string; roles: RoleGrant[] } | undefined> {
      const rows = await db
        .selectFrom('accounts')
        .leftJoin('account_roles', 'account_roles.account_id', 'accounts.id')
        .select(['accounts.id as id', 'account_roles.role as role', 'account_roles.scope as scope'])
        .where('accounts.id', '=', accountId)
        .execute();
      if (rows.length === 0) return undefined;
      return { accountId, roles: rows.filter((r) => r.role !== null).map((r) => ({ role: r.role!, scope: r.scope ?? '' })) };
    },

    /** The same, found by WeChat openid (the cloud host's every call). */
    async identityOfOpenid(openid: string): Promise<{ accountId: string; roles: RoleGrant[] } | undefined> {
      const rows = await db
        .selectFrom('accounts')
        .leftJoin('account_roles', 'account_roles.account_id', 'accounts.id')
        .select(['accounts.id as id', 'account_roles.role as role', 'account_roles.scope as scope'])
        .where('accounts.openid', '=', openid)
        .execute();
      if (rows.length === 0) return undefined;
      return { accountId: rows[0].id, roles: rows.filter((r) => r.role !== null).map((r) => ({ role: r.role!, scope: r.scope ?? '' })) };
    },

    async rolesOf(accountId: string): Promise<RoleGrant[]> {
      return db.selectFrom('account_roles').select(['role', 'scope']).where('account_id', '=', accountId).orderBy('role').orderBy('scope').execute();
    },

    /** Creates the account on first sight of an openid; concurrent first logins meet on the unique openid. */
    async findOrCreate(openid: string, now: Date, displayName = '微信用户'): Promise<AccountTable> {
      const at = now.toISOString();
      const id = newId('acc');
      const created = await db
        .insertInto('accounts')
        .values({ id, openid, display_name: displayName, persona: null, consent_at: null, created_at: at })
        .onConflict((oc) => oc.column('openid').doNothing())
        .executeTakeFirst();
      if (Number(created.numInsertedOrUpdatedRows ?? 0) > 0) {
        await db.insertInto('account_roles').values({ account_id: id, role: 'resident', scope: '', granted_at: at }).execute();
      }
      return db.selectFrom('accounts').selectAll().where('openid', '=', openid).executeTakeFirstOrThrow();
    },

    async grantRole(accountId: string, role: string, scope: string, now: Date): Promise<void> {
      await db
        .insertInto('account_roles')
        .values({ account_id: accountId, role, scope, granted_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['account_id', 'role', 'scope']).doNothing())
        .execute();
    },

    async revokeRole(accountId: string, role: string, scope: string): Promise<number> {
      const r = await db.deleteFrom('account_roles').where('account_id', '=', accountId).where('role', '=', role).where('scope', '=', scope).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async recordConsent(accountId: string, now: Date): Promise<void> {
      await db.updateTable('accounts').set({ consent_at: now.toISOString() }).where('id', '=', accountId).where('consent_at', 'is', null).execute();
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
