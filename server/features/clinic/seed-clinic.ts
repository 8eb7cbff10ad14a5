import { businessDate } from '../../../src/domain/business-date';
import type { SeedContext } from '../../core/service-module';
import { DEPARTMENTS, HOSPITALS } from '../places/places';
import { ensureClinicSchedules, seedFreeClinics } from './demo-schedules';

/** Reference data: the two county hospitals, their campuses and departments (updated in place when the facts change). */
export async function seedClinicReference({ db }: SeedContext): Promise<void> {
  for (const [hIndex, hospital] of HOSPITALS.entries()) {
    const facts = { name: hospital.name, short_name: hospital.shortName, sort_order: hIndex, phone: hospital.phone, payment_note: hospital.paymentNote };
    await db.insertInto('hospitals').values({ id: hospital.id, ...facts }).onConflict((oc) => oc.column('id').doUpdateSet(facts)).execute();
    for (const [cIndex, campus] of hospital.campuses.entries()) {
      const campusFacts = { hospital_id: hospital.id, name: campus.name, address: campus.address, sort_order: cIndex, latitude: campus.latitude, longitude: campus.longitude };
      await db.insertInto('campuses').values({ id: campus.id, ...campusFacts }).onConflict((oc) => oc.column('id').doUpdateSet(campusFacts)).execute();
      for (const [dIndex, d] of DEPARTMENTS.entries()) {
        const departmentFacts = { hospital_id: hospital.id, campus_id: campus.id, name: d.name, sort_order: dIndex, location: d.location };
        await db
          .insertInto('departments')
          .values({ id: `${campus.id}-${d.slug}`, ...departmentFacts })
          .onConflict((oc) => oc.column('id').doUpdateSet(departmentFacts))
          .execute();
      }
    }
  }
}

/** Demo data: a published week for every department and two visiting-expert free clinics. */
export async function seedClinicDemo({ db, clock }: SeedContext): Promise<void> {
  const today = businessDate(clock.now());
  await ensureClinicSchedules(db, today, 8, clock.now());
  await seedFreeClinics(db, today, clock.now());
}
