import { sql, type Kysely } from 'kysely';
import { LIVE_CLAIM_STATUSES } from '../../../src/domain/canteen/claim-workflow';
import type { DiscountGroup } from '../../../src/domain/canteen/discount-groups';
import type { CanteenGroupClaimTable, Database } from '../../db/schema';

/** Discount-group claims: they belong to the person (person_key), whoever filed them. */
export function claimRepository(db: Kysely<Database>) {
  return {
    ofPerson: (personKey: string) => db.selectFrom('canteen_group_claims').selectAll().where('person_key', '=', personKey).execute(),

    ofPersons: (personKeys: string[]) =>
      personKeys.length === 0
        ? Promise.resolve([])
        : db.selectFrom('canteen_group_claims').selectAll().where('person_key', 'in', personKeys).orderBy('created_at', 'desc').orderBy('id').execute(),

    livePersonClaim: (personKey: string, group: DiscountGroup) =>
      db.selectFrom('canteen_group_claims').selectAll().where('person_key', '=', personKey).where('group_code', '=', group).where('status', 'in', LIVE_CLAIM_STATUSES).executeTakeFirst(),

    claim: (id: string) => db.selectFrom('canteen_group_claims').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Adds a pending claim unless the person holds a live one of the group; true when added. */
    async insert(row: CanteenGroupClaimTable): Promise<boolean> {
      const r = await db
        .insertInto('canteen_group_claims')
        .values(row)
        .onConflict((oc) => oc.columns(['person_key', 'group_code']).where(sql<boolean>`status in ('pending', 'verified')`).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Pending claims for these canteens or for any canteen, oldest first, with the member's sealed ID. */
    pendingFor: (canteenIds: string[]) =>
      db
        .selectFrom('canteen_group_claims')
        .innerJoin('members', 'members.id', 'canteen_group_claims.member_id')
        .selectAll('canteen_group_claims')
        .select(['members.name as member_name', 'members.id_number_enc as id_number_enc', 'members.birth_date as birth_date', 'members.sex as sex'])
        .where('canteen_group_claims.status', '=', 'pending')
        .where((eb) => eb.or([eb('canteen_group_claims.canteen_id', 'is', null), eb('canteen_group_claims.canteen_id', 'in', canteenIds.length ? canteenIds : [''])]))
        .orderBy('canteen_group_claims.created_at')
        .orderBy('canteen_group_claims.id')
        .limit(200)
        .execute(),

    memberOfClaim: (claim: Pick<CanteenGroupClaimTable, 'member_id'>) =>
      db.selectFrom('members').select(['name', 'id_number_enc', 'birth_date', 'sex']).where('id', '=', claim.member_id).executeTakeFirstOrThrow(),

    /** Verified claims whose last day is before `today` (the expiry job's work). */
    verifiedEndingBefore: (today: string) =>
      db
        .selectFrom('canteen_group_claims')
        .innerJoin('members', 'members.id', 'canteen_group_claims.member_id')
        .selectAll('canteen_group_claims')
        .select('members.name as member_name')
        .where('canteen_group_claims.status', '=', 'verified')
        .where('canteen_group_claims.expires_on', '<', today)
        .orderBy('canteen_group_claims.id')
        .limit(500)
        .execute(),
  };
}

export type ClaimRepository = ReturnType<typeof claimRepository>;
