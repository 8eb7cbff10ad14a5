import type { Kysely, Updateable } from 'kysely';
import type { Database, MemberTable } from '../../db/schema';

export function memberRepository(db: Kysely<Database>) {
  const active = (accountId: string) =>
    db.selectFrom('members').selectAll().where('account_id', '=', accountId).where('removed_at', 'is', null);
  return {
    listActive: (accountId: string) => active(accountId).orderBy('created_at').orderBy('id').execute(),

    /** Scoped by account: another account's member is simply not found. */
    findActive: (accountId: string, memberId: string) => active(accountId).where('id', '=', memberId).executeTakeFirst(),

    async countActive(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('members')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('account_id', '=', accountId)
        .where('removed_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    insert: (row: MemberTable) => db.insertInto('members').values(row).execute(),

    update: (accountId: string, memberId: string, changes: Updateable<MemberTable>) =>
      db.updateTable('members').set(changes).where('account_id', '=', accountId).where('id', '=', memberId).execute(),
  };
}

export type MemberRepository = ReturnType<typeof memberRepository>;
