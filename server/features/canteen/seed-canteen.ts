import { addDays, businessDate } from '../../../src/domain/business-date';
import type { DiscountGroup } from '../../../src/domain/canteen/discount-groups';
import { claimWorkflow, type ClaimStatus } from '../../../src/domain/canteen/claim-workflow';
import type { SeedContext } from '../../core/service-module';
import { recordStatusEvent } from '../../db/status-store';
import { personaOpenid } from '../account/personas';
import { CANTEENS, COMMUNITY_LOCATIONS } from '../places/places';
import { ensureDemoMenus } from './demo-menus';

/** Reference data: the 18 canteens with their meal hours, and where the communities lie (updated in place when the facts change). */
export async function seedCanteenReference({ db }: SeedContext): Promise<void> {
  for (const [index, c] of CANTEENS.entries()) {
    const facts = { name: c.name, address: c.address, latitude: c.latitude, longitude: c.longitude, phone: c.phone, meals: c.meals, hours: c.hours, daily_capacity: c.dailyCapacity, sort_order: index };
    await db.insertInto('canteens').values({ id: c.id, ...facts }).onConflict((oc) => oc.column('id').doUpdateSet(facts)).execute();
    await db.deleteFrom('canteen_meal_hours').where('canteen_id', '=', c.id).where('meal', 'not in', c.mealHours.map((m) => m.meal)).execute();
    for (const m of c.mealHours) {
      const hours = { opens_at: m.from, closes_at: m.to };
      await db
        .insertInto('canteen_meal_hours')
        .values({ canteen_id: c.id, meal: m.meal, ...hours })
        .onConflict((oc) => oc.columns(['canteen_id', 'meal']).doUpdateSet(hours))
        .execute();
    }
  }
  const communities = new Set((await db.selectFrom('communities').select('id').execute()).map((c) => c.id));
  for (const [communityId, point] of Object.entries(COMMUNITY_LOCATIONS)) {
    if (!communities.has(communityId)) continue;
    await db.insertInto('community_locations').values({ community_id: communityId, ...point }).onConflict((oc) => oc.column('community_id').doUpdateSet(point)).execute();
  }
}

/** Demo claims of 李向东 (resident-2): a verified 退役军人 and a 出租车司机 claim waiting at 永胜's counter. */
const DEMO_CLAIMS: Array<{ id: string; group: DiscountGroup; status: ClaimStatus }> = [
  { id: 'clm_demo_veteran', group: 'veteran', status: 'verified' },
  { id: 'clm_demo_taxi', group: 'taxi_driver', status: 'pending' },
];

/** Demo data: a published week of menus at every canteen, and the demo persona's discount claims. */
export async function seedCanteenDemo({ db, clock }: SeedContext): Promise<void> {
  const now = clock.now();
  const today = businessDate(now);
  const at = now.toISOString();
  await ensureDemoMenus(db, today, 7, now);
  const member = await db
    .selectFrom('members')
    .innerJoin('accounts', 'accounts.id', 'members.account_id')
    .select(['members.id as id', 'members.account_id as accountId', 'members.person_key as personKey'])
    .where('accounts.openid', '=', personaOpenid('resident-2'))
    .where('members.relation', '=', 'self')
    .executeTakeFirst();
  if (!member) return;
  for (const claim of DEMO_CLAIMS) {
    const verified = claim.status === 'verified';
    const inserted = await db
      .insertInto('canteen_group_claims')
      .values({
        id: claim.id,
        person_key: member.personKey,
        account_id: member.accountId,
        member_id: member.id,
        group_code: claim.group,
        status: claim.status,
        canteen_id: 'cn-yongsheng',
        expires_on: verified ? addDays(today, 365) : null,
        reason: null,
        reviewed_by: null,
        reviewed_at: verified ? at : null,
        created_at: at,
        updated_at: at,
      })
      // Whatever conflicts (this demo claim, or a live claim of the same group the persona filed) stays.
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      await recordStatusEvent(db, claimWorkflow.name, { id: claim.id, from: null, to: claim.status, actor: { accountId: null, role: 'system' }, at });
    }
  }
}
