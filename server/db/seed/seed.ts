import type { Kysely } from 'kysely';
import { checkDigitFor } from '../../../src/domain/resident-id';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Database } from '../schema';
import { businessDate } from '../../../src/domain/business-date';
import { ensureClinicSchedules, seedFreeClinics } from './clinic-schedules';
import { CANTEENS, COMMUNITIES, DEPARTMENTS, GIG_STATIONS, HEAT_STATIONS, HEATING_COMPANIES, HOSPITALS } from './places';
import { PERSONAS, personaOpenid } from './personas';

/** Idempotent: every row is keyed, so running it again adds nothing. */
export async function seedDatabase(db: Kysely<Database>, clock: Clock): Promise<void> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const [hIndex, hospital] of HOSPITALS.entries()) {
      await trx
        .insertInto('hospitals')
        .values({ id: hospital.id, name: hospital.name, short_name: hospital.shortName, sort_order: hIndex })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      for (const [cIndex, campus] of hospital.campuses.entries()) {
        await trx
          .insertInto('campuses')
          .values({ id: campus.id, hospital_id: hospital.id, name: campus.name, address: campus.address, sort_order: cIndex })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        await trx
          .insertInto('departments')
          .values(
            DEPARTMENTS.map((d, dIndex) => ({
              id: `${campus.id}-${d.slug}`,
              hospital_id: hospital.id,
              campus_id: campus.id,
              name: d.name,
              sort_order: dIndex,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
    }
    await trx
      .insertInto('heating_companies')
      .values(HEATING_COMPANIES.map((c) => ({ id: c.id, name: c.name })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('heat_stations')
      .values(HEAT_STATIONS.map((s) => ({ id: s.id, company_id: s.companyId, name: s.name })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('communities')
      .values(COMMUNITIES.map((c) => ({ id: c.id, name: c.name, station_id: c.stationId })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('canteens')
      .values(
        CANTEENS.map((c) => ({
          id: c.id,
          name: c.name,
          address: c.address,
          latitude: c.latitude,
          longitude: c.longitude,
          phone: c.phone,
          meals: c.meals,
          hours: c.hours,
          daily_capacity: c.dailyCapacity,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('gig_stations')
      .values(
        GIG_STATIONS.map((g) => ({
          id: g.id,
          name: g.name,
          address: g.address,
          opened_on: g.openedOn,
          services: g.services,
          amenities: g.amenities,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

    for (const persona of PERSONAS) {
      const openid = personaOpenid(persona.persona);
      const existing = await trx.selectFrom('accounts').select('id').where('openid', '=', openid).executeTakeFirst();
      if (existing) continue;
      const accountId = newId('acc');
      await trx
        .insertInto('accounts')
        .values({ id: accountId, openid, display_name: persona.displayName, persona: persona.persona, consent_at: persona.members.length ? now : null, created_at: now })
        .execute();
      for (const role of [{ role: 'resident', scope: '' }, ...persona.roles]) {
        await trx.insertInto('account_roles').values({ account_id: accountId, role: role.role, scope: role.scope, granted_at: now }).execute();
      }
      for (const [index, m] of persona.members.entries()) {
        const addedAt = new Date(clock.now().getTime() + index).toISOString();
        const idNumber = m.first17 + checkDigitFor(m.first17);
        await trx
          .insertInto('members')
          .values({
            id: newId('mem'),
            account_id: accountId,
            name: m.name,
            relation: m.relation,
            id_number: idNumber,
            phone: m.phone,
            birth_date: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
            sex: Number(idNumber[16]) % 2 === 1 ? 'M' : 'F',
            created_at: addedAt,
            updated_at: addedAt,
            removed_at: null,
          })
          .execute();
      }
    }
    const today = businessDate(clock.now());
    await ensureClinicSchedules(trx, today, 8, clock.now());
    await seedFreeClinics(trx, today, clock.now());
  });
}
