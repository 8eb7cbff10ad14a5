import { sql, type Kysely, type Updateable } from 'kysely';
import { isPostgres, PERSON_LOCK_PREFIX } from '../../db/locks';
import type { Database, MemberTable } from '../../db/schema';
import type { MemberHistorySource } from '../../core/service-module';

export function memberRepository(db: Kysely<Database>) {
  const active = (accountId: string) => db.selectFrom('members').selectAll().where('account_id', '=', accountId).where('removed_at', 'is', null);
  const one = (accountId: string, memberId: string) => active(accountId).where('id', '=', memberId);
  return {
    listActive: (accountId: string) => active(accountId).orderBy('created_at').orderBy('id').execute(),

    /** Scoped by account: another account's member is simply not found. */
    findActive: (accountId: string, memberId: string) => one(accountId, memberId).executeTakeFirst(),

    /**
     * The member a new record will name (a registration, an order, an application…). On
     * PostgreSQL its row stays share-locked until commit, so its ID number cannot be
     * corrected under the record: `findActiveToCorrect` takes the row first and only then
     * looks for history. A correction that came first is waited for, and the corrected
     * member (the person the record must name) is what this returns. SQLite has one writer.
     */
    findActiveForRecord: (accountId: string, memberId: string) => (isPostgres(db) ? one(accountId, memberId).forShare() : one(accountId, memberId)).executeTakeFirst(),

    /** The member whose details are about to change, its row locked against new records (see `findActiveForRecord`). */
    findActiveToCorrect: (accountId: string, memberId: string) => (isPostgres(db) ? one(accountId, memberId).forUpdate() : one(accountId, memberId)).executeTakeFirst(),

    /**
     * `findActiveForRecord` with the lock of the person behind the member taken in the same
     * statement (the key `lockPerson` takes; one round trip on PostgreSQL instead of two).
     * When a correction committed while this waited for the row, PostgreSQL reads the row
     * again and takes the corrected person's lock as well.
     */
    async findActiveLockingPerson(accountId: string, memberId: string): Promise<MemberTable | undefined> {
      if (!isPostgres(db)) return one(accountId, memberId).executeTakeFirst();
      const row = await one(accountId, memberId)
        .select(sql<string>`pg_advisory_xact_lock(hashtextextended(${PERSON_LOCK_PREFIX} || person_key, 0))`.as('person_locked'))
        .forShare()
        .executeTakeFirst();
      if (!row) return undefined;
      const { person_locked: _locked, ...member } = row;
      return member;
    },

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

    /** Which of these members have records in any service (their ID number is then fixed). */
    async withHistory(memberIds: string[], sources: MemberHistorySource[]): Promise<Set<string>> {
      const found = new Set<string>();
      if (memberIds.length === 0) return found;
      for (const source of sources) {
        const rows = await (db as Kysely<any>) // eslint-disable-line @typescript-eslint/no-explicit-any -- the table comes from each module's declaration
          .selectFrom(source.table)
          .select(`${source.memberColumn} as member_id`)
          .distinct()
          .where(source.memberColumn, 'in', memberIds)
          .execute();
        for (const r of rows as Array<{ member_id: string }>) found.add(r.member_id);
      }
      return found;
    },

    /** Serialises changes to one account's family list (PostgreSQL row lock; SQLite has one writer). */
    lockAccount: (accountId: string) =>
      db.updateTable('accounts').set((eb) => ({ display_name: eb.ref('display_name') })).where('id', '=', accountId).execute(),
  };
}

export type MemberRepository = ReturnType<typeof memberRepository>;
