import { defineServiceModule } from '../../core/service-module';
import { COMMUNITIES, GIG_STATIONS, HEAT_STATIONS, HEATING_COMPANIES } from './places';

/**
 * The county's places that the coming services stand on (heating companies, stations and
 * communities; the gig station). Reference data: every installation has them. Each service
 * takes its places into its own module when it lands (the canteens went to `canteen`).
 */
export const placesModule = defineServiceModule({
  name: 'places',
  actions: {},
  async seedReference({ db }) {
    await db.insertInto('heating_companies').values(HEATING_COMPANIES.map((c) => ({ id: c.id, name: c.name }))).onConflict((oc) => oc.column('id').doNothing()).execute();
    await db.insertInto('heat_stations').values(HEAT_STATIONS.map((s) => ({ id: s.id, company_id: s.companyId, name: s.name }))).onConflict((oc) => oc.column('id').doNothing()).execute();
    await db.insertInto('communities').values(COMMUNITIES.map((c) => ({ id: c.id, name: c.name, station_id: c.stationId }))).onConflict((oc) => oc.column('id').doNothing()).execute();
    await db
      .insertInto('gig_stations')
      .values(GIG_STATIONS.map((g) => ({ id: g.id, name: g.name, address: g.address, opened_on: g.openedOn, services: g.services, amenities: g.amenities })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  },
});
