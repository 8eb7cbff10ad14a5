import { defineServiceModule } from '../../core/service-module';
import { CANTEENS, GIG_STATIONS } from './places';

/**
 * The county's places that the coming services stand on (canteens; the gig station).
 * Reference data: every installation has them. Each service takes its places into its own
 * module when it lands (温暖供热's companies, stations and communities: the heating module).
 */
export const placesModule = defineServiceModule({
  name: 'places',
  actions: {},
  async seedReference({ db }) {
    await db
      .insertInto('canteens')
      .values(CANTEENS.map((c) => ({ id: c.id, name: c.name, address: c.address, latitude: c.latitude, longitude: c.longitude, phone: c.phone, meals: c.meals, hours: c.hours, daily_capacity: c.dailyCapacity })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await db
      .insertInto('gig_stations')
      .values(GIG_STATIONS.map((g) => ({ id: g.id, name: g.name, address: g.address, opened_on: g.openedOn, services: g.services, amenities: g.amenities })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  },
});
