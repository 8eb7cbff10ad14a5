import { defineServiceModule } from '../../core/service-module';
import { GIG_STATIONS } from './places';

/**
 * The county's places that the coming services stand on (the gig station). Reference
 * data: every installation has them. Each service takes its places into its own module
 * when it lands (温暖供热's companies, stations and communities went to `heating`, the
 * canteens to `canteen`).
 */
export const placesModule = defineServiceModule({
  name: 'places',
  actions: {},
  async seedReference({ db }) {
    await db
      .insertInto('gig_stations')
      .values(GIG_STATIONS.map((g) => ({ id: g.id, name: g.name, address: g.address, opened_on: g.openedOn, services: g.services, amenities: g.amenities })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  },
});
