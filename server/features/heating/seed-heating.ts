import type { Kysely } from 'kysely';
import { businessDate } from '../../../src/domain/business-date';
import type { ComplaintCategory } from '../../../src/domain/heating/categories';
import { DEFAULT_HEATING_POLICY } from '../../../src/domain/heating/heating-policy';
import { inSeason } from '../../../src/domain/heating/season';
import type { Identity } from '../../core/action';
import { newId } from '../../core/ids';
import type { SeedContext } from '../../core/service-module';
import type { Database } from '../../db/schema';
import { personaOpenid } from '../account/personas';
import { COMMUNITIES, HEAT_STATIONS, HEATING_COMPANIES } from '../places/places';
import { buildHeatingServices } from './heating-services';

export const buildingId = (communityId: string, n: number) => `${communityId}-b${n}`;
export const unitId = (communityId: string, building: number, unit: number) => `${buildingId(communityId, building)}-u${unit}`;

/**
 * Reference data: 华大电厂新城营业部, its stations, the communities they serve, and each
 * community's buildings (1号楼…) and units (1单元…). Updated in place when the facts change.
 */
export async function seedHeatingReference({ db }: SeedContext): Promise<void> {
  await db
    .insertInto('heating_companies')
    .values(HEATING_COMPANIES.map((c) => ({ id: c.id, name: c.name, phone: c.phone })))
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), phone: eb.ref('excluded.phone') })))
    .execute();
  await db
    .insertInto('heat_stations')
    .values(HEAT_STATIONS.map((s) => ({ id: s.id, company_id: s.companyId, name: s.name })))
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ company_id: eb.ref('excluded.company_id'), name: eb.ref('excluded.name') })))
    .execute();
  await db
    .insertInto('communities')
    .values(COMMUNITIES.map((c, i) => ({ id: c.id, name: c.name, station_id: c.stationId, sort_order: i })))
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), station_id: eb.ref('excluded.station_id'), sort_order: eb.ref('excluded.sort_order') })))
    .execute();
  const buildings = COMMUNITIES.flatMap((c) => Array.from({ length: c.buildings }, (_, i) => ({ id: buildingId(c.id, i + 1), community_id: c.id, name: `${i + 1}号楼`, sort_order: i + 1 })));
  await db
    .insertInto('community_buildings')
    .values(buildings)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), sort_order: eb.ref('excluded.sort_order') })))
    .execute();
  const units = COMMUNITIES.flatMap((c) =>
    Array.from({ length: c.buildings }, (_, b) => Array.from({ length: c.units }, (_, u) => ({ id: unitId(c.id, b + 1, u + 1), building_id: buildingId(c.id, b + 1), name: `${u + 1}单元`, sort_order: u + 1 }))).flat(),
  );
  for (let i = 0; i < units.length; i += 200) {
    await db
      .insertInto('building_units')
      .values(units.slice(i, i + 200))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), sort_order: eb.ref('excluded.sort_order') })))
      .execute();
  }
}

async function personaIdentity(db: Kysely<Database>, persona: string) {
  const account = await db.selectFrom('accounts').select('id').where('openid', '=', personaOpenid(persona)).executeTakeFirst();
  if (!account) return null;
  const roles = await db.selectFrom('account_roles').select(['role', 'scope']).where('account_id', '=', account.id).execute();
  return { accountId: account.id, roles };
}

/** A household that reports in the demo: its own account, never a persona's (their message centres stay as the personas' tests expect). */
async function demoHousehold(db: Kysely<Database>, key: string, displayName: string, at: string) {
  const openid = `demo:heating-${key}`;
  const existing = await db.selectFrom('accounts').select('id').where('openid', '=', openid).executeTakeFirst();
  if (existing) return null;
  const accountId = newId('acc');
  await db.insertInto('accounts').values({ id: accountId, openid, display_name: displayName, persona: null, consent_at: null, created_at: at }).execute();
  await db.insertInto('account_roles').values({ account_id: accountId, role: 'resident', scope: '', granted_at: at }).execute();
  return { accountId, roles: [{ role: 'resident', scope: '' }] };
}

const MINUTE = 60_000;

/**
 * Demo data, made through the services so they carry timelines and notices: a cold flat in
 * 宝捷精品 already measured (16.8 ℃) and handled, waiting for the resident's confirmation
 * and rating; and two households of 金都盛世 (农行站) reporting within the hour, one
 * incident of two households in the dispatcher's queue. Out of season the demo reports
 * leaks and noise instead (heat problems are refused then).
 */
export async function seedHeatingDemo({ db, clock, vault }: SeedContext): Promise<void> {
  const now = clock.now();
  const policy = DEFAULT_HEATING_POLICY;
  const dispatcher = await personaIdentity(db, 'heating-dispatcher');
  if (!dispatcher) return;
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
  const heatSeason = inSeason(businessDate(now), policy.season);
  const category = (heat: ComplaintCategory, offSeason: ComplaintCategory) => (heatSeason ? heat : offSeason);
  const reading = (celsius: number, minutesAgo: number) => (heatSeason ? [{ celsius, at: ago(minutesAgo).toISOString() }] : []);
  const as = (identity: Identity, minutesAgo: number) => buildHeatingServices({ db, vault, now: ago(minutesAgo), policy, identity });
  const place = (communityId: string, building: number, unit: number, room: string) => ({ communityId, buildingId: buildingId(communityId, building), unitId: unitId(communityId, building, unit), room });

  const baojie = await demoHousehold(db, 'baojie', '宝捷精品住户（演示）', ago(300).toISOString());
  if (baojie) {
    const cold = await as(baojie, 300)
      .complaints()
      .submit(baojie.accountId, {
        ...place('cm-baojie-jingpin', 3, 1, '502'),
        category: category('temperature', 'leak'),
        readings: reading(17.2, 310),
        description: heatSeason ? '卧室和客厅都不热，暖气片上凉下热。' : '暖气管道接口处滴水。',
        phone: '13904347701',
      });
    await as(dispatcher, 290).dispatch().transition({ complaintId: cold.id, to: 'accepted' });
    await as(dispatcher, 270).dispatch().transition({ complaintId: cold.id, to: 'dispatched', crew: { name: '王师傅', phone: '13904340011' } });
    await as(dispatcher, 180).dispatch().transition({ complaintId: cold.id, to: 'measured', measuredCelsius: 16.8 });
    await as(dispatcher, 120).dispatch().transition({ complaintId: cold.id, to: 'resolved', note: '调节单元入户阀门并排气，复测19.5℃' });
  }
  const jindu = [
    { key: 'jindu-1', name: '金都盛世5号楼住户（演示）', at: 40, place: place('cm-jindu', 5, 2, '301'), category: category('no_heat', 'noise'), celsius: 12.5, description: heatSeason ? '从昨晚开始暖气完全不热，家里有老人。' : '夜间管道有敲击声。' },
    { key: 'jindu-2', name: '金都盛世2号楼住户（演示）', at: 20, place: place('cm-jindu', 2, 1, '602'), category: category('temperature', 'other'), celsius: 15.6, description: heatSeason ? '室温一直在16度以下。' : '楼道暖气阀门需要检查。' },
  ];
  for (const h of jindu) {
    const household = await demoHousehold(db, h.key, h.name, ago(h.at).toISOString());
    if (!household) continue;
    await as(household, h.at)
      .complaints()
      .submit(household.accountId, { ...h.place, category: h.category, readings: reading(h.celsius, h.at + 10), description: h.description, phone: '13904347702' });
  }
}
